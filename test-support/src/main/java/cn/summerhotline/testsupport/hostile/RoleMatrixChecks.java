package cn.summerhotline.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.hostile.ApiDocument.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every role, from its own district and from another, against every operation of the service's OpenAPI
 * document, each with a well-formed request about a record of {@link #ownDistrict()}. What must hold for
 * every pair: no 5xx; every refusal problem+json; 401 without a valid token where the document asks for
 * one; a record of another district never shown or changed (403 or 404, its id in no answer); the
 * record's personal data only for the roles that need it; and, where the service states who may call an
 * operation, 403 for everybody else.
 */
public abstract class RoleMatrixChecks extends DocumentedApi {

    /** A caller of the matrix: the name it is reported by, its token (null: anonymous) and its unit. */
    public record Caller(String name, String token, String role, String unit) {}

    /** The path parameters that name the district's records (the others name catalogue entries). */
    protected Set<String> recordParameters() {
        return Set.of("id");
    }

    /** The district the records of {@link #pathValues()} belong to. */
    protected String ownDistrict() {
        return "xuhui";
    }

    /** Texts of the records that only {@link #seesPersonalData} callers may read (names, phones). */
    protected Set<String> personalData() {
        return Set.of();
    }

    /** Whether the caller's role needs the records' personal data. */
    protected boolean seesPersonalData(Caller caller) {
        return false;
    }

    /**
     * The roles allowed to call an operation, by {@code "METHOD /path"}; an operation not named here is only
     * held to the rules every operation keeps.
     */
    protected Map<String, Set<String>> allowedRoles() {
        return Map.of();
    }

    protected List<Caller> callers() {
        String own = ownDistrict();
        String other = own.equals("jiading") ? "xuhui" : "jiading";
        return List.of(
                new Caller("anonymous", null, null, null),
                new Caller(
                        "expired",
                        TestTokens.token("x", "city", null, Instant.now().minusSeconds(600), "CITY_ADMIN"),
                        null,
                        null),
                new Caller("no-exp", TestTokens.tokenWithoutExpiry("x", "city", "CITY_ADMIN"), null, null),
                new Caller("city-admin", TestTokens.cityAdmin(), "CITY_ADMIN", "city"),
                new Caller("operator", TestTokens.operator(), "OPERATOR", "city"),
                new Caller("media", TestTokens.media(), "MEDIA", "city"),
                new Caller("city-reviewer", TestTokens.reviewer("city", null), "REVIEWER", "city"),
                new Caller(own + "-admin", TestTokens.districtAdmin(own), "DISTRICT_ADMIN", own),
                new Caller(own + "-system", TestTokens.integration(own), "INTEGRATION", own),
                new Caller(own + "-officer", TestTokens.squadOfficer(own, own + "-tianping"), "SQUAD_OFFICER", own),
                new Caller(own + "-reviewer", TestTokens.reviewer(own, null), "REVIEWER", own),
                new Caller(own + "-squad-reviewer", TestTokens.reviewer(own, own + "-tianping"), "REVIEWER", own),
                new Caller(other + "-admin", TestTokens.districtAdmin(other), "DISTRICT_ADMIN", other),
                new Caller(other + "-system", TestTokens.integration(other), "INTEGRATION", other),
                new Caller(
                        other + "-officer", TestTokens.squadOfficer(other, other + "-anting"), "SQUAD_OFFICER", other));
    }

    @Test
    void shouldHoldEveryRoleToItsRightsOnEveryOperation() {
        Map<String, String> values = pathValues();
        ApiDocument document = document();
        List<Operation> operations = probed(document);
        Map<String, Set<String>> allowed = allowedRoles();
        assertThat(operations.stream().map(Operation::label).toList())
                .as("operations the service states the roles of")
                .containsAll(allowed.keySet());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        // Reads first, then changes: a change made by an allowed caller must not hide a read's answer.
        List<Operation> ordered = new ArrayList<>(operations);
        ordered.sort(
                (a, b) -> Boolean.compare(!a.method().equals("GET"), !b.method().equals("GET")));
        for (Operation operation : ordered) {
            for (Caller caller : callers()) {
                MalformedRequests requests = new MalformedRequests(document, values, tokens(caller));
                HostileRequest request = requests.base(operation);
                if (caller.token() == null) {
                    request = request.withHeader("Authorization", null, "anonymous");
                }
                sent++;
                RawHttp.Answer answer = RawHttp.send(port, request.bytes(port));
                String failure = check(operation, caller, answer, allowed.get(operation.label()), values);
                if (failure != null) {
                    failures.add(operation.label() + " as " + caller.name() + " -> " + answer.status() + ": " + failure
                            + " " + abbreviate(answer.text()));
                }
            }
        }
        System.out.printf(
                "Role matrix: %d requests, %d operations x %d callers, %d wrong%n",
                sent, operations.size(), callers().size(), failures.size());
        assertThat(failures).as("role x operation answers that break the rules").isEmpty();
    }

    private String check(
            Operation operation,
            Caller caller,
            RawHttp.Answer answer,
            Set<String> allowed,
            Map<String, String> values) {
        int status = answer.status();
        if (status == 0 || status >= 500) {
            return "no 5xx";
        }
        boolean validToken = caller.role() != null;
        if (status >= 400 && !acceptsOwnErrorFormat(operation, answer)) {
            String type = answer.header("content-type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return "refusals are problem+json";
            }
        }
        if (!validToken && caller.token() != null && status != 401) {
            return "an expired or endless token is refused with 401";
        }
        if (!validToken && !operation.open() && status != 401) {
            return "no token: 401";
        }
        if (validToken && status == 401) {
            return "a valid token is not refused as unauthenticated";
        }
        if (allowed != null && validToken) {
            boolean may = allowed.contains(caller.role());
            if (!may && status != 403) {
                return "roles " + allowed + " only: 403 for " + caller.role();
            }
            if (may && status == 403 && caller.unit() != null && caller.unit().equals(ownDistrict())) {
                return "allowed for " + caller.role();
            }
        }
        boolean otherDistrict = caller.unit() != null
                && !caller.unit().equals("city")
                && !caller.unit().equals(ownDistrict());
        boolean textual = answer.header("content-type") != null
                && (answer.header("content-type").contains("json")
                        || answer.header("content-type").contains("xml"));
        if (otherDistrict && status < 300 && textual && !operation.open()) {
            for (Map.Entry<String, String> record : values.entrySet()) {
                if (!recordParameters().contains(record.getKey())) {
                    continue;
                }
                if (operation.path().contains("{" + record.getKey() + "}")) {
                    return "another district's record is not shown or changed";
                }
                if (answer.text().contains(record.getValue())) {
                    return "another district's record appears in the answer";
                }
            }
        }
        if (status < 300 && textual && !seesPersonalData(caller)) {
            for (String personal : personalData()) {
                if (answer.text().contains(personal)) {
                    return "personal data '" + personal + "' shown to a role that does not need it";
                }
            }
        }
        return null;
    }

    private static Map<String, String> tokens(Caller caller) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("valid", caller.token() == null ? "" : caller.token());
        return tokens;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
