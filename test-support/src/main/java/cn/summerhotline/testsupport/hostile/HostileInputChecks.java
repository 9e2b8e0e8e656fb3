package cn.summerhotline.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.hostile.ApiDocument.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile client generated from the service's own OpenAPI document: for every operation, every kind of
 * malformed request {@link MalformedRequests} derives, sent byte for byte. Each must be answered 4xx
 * {@code application/problem+json} with a stable type, and none may change what is stored. A service's
 * test extends this with {@code @ServiceTest}, creates a few records and names them in {@link #pathValues}.
 */
public abstract class HostileInputChecks extends DocumentedApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MongoTemplate mongo;

    /** How many malformed requests the service must at least be sent: a guard against a thin document. */
    protected int minimumRequests() {
        return 20;
    }

    /** A token allowed to call every operation, so that refusals come from the input, not the role. */
    protected String validToken() {
        return TestTokens.cityAdmin();
    }

    @Test
    void shouldAnswerEveryMalformedRequestWith4xxProblemAndChangeNothing() {
        Map<String, String> values = pathValues();
        ApiDocument document = document();
        MalformedRequests generator = new MalformedRequests(
                document,
                values,
                Map.of(
                        "valid", validToken(),
                        "expired",
                                TestTokens.token(
                                        "x", "city", null, Instant.now().minusSeconds(600), "CITY_ADMIN"),
                        "noExpiry", TestTokens.tokenWithoutExpiry("x", "city", "CITY_ADMIN"),
                        "forged", forged(validToken())));
        StoreSnapshot before = StoreSnapshot.of(mongo);

        List<String> failures = new ArrayList<>();
        int sent = 0;
        List<Operation> operations = probed(document);
        for (Operation operation : operations) {
            for (HostileRequest request : generator.of(operation)) {
                sent++;
                RawHttp.Answer answer = RawHttp.send(port, request.bytes(port));
                String failure = failure(operation, request, answer);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        StoreSnapshot after = StoreSnapshot.of(mongo);

        System.out.printf(
                "Hostile input: %d malformed requests over %d operations, %d answered wrongly%n",
                sent, operations.size(), failures.size());
        assertThat(failures)
                .as("requests answered otherwise than 4xx problem+json")
                .isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(minimumRequests());
        assertThat(after).as("what is stored after the malformed requests").isEqualTo(before);
    }

    private String failure(Operation operation, HostileRequest request, RawHttp.Answer answer) {
        String seen = request.label() + " -> " + answer.status() + " " + answer.header("content-type") + " "
                + abbreviate(answer.text());
        if (answer.status() < 400 || answer.status() > 499) {
            return seen;
        }
        if (acceptsOwnErrorFormat(operation, answer)) {
            return null;
        }
        String contentType = answer.header("content-type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return seen;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            return seen + " (not JSON)";
        }
        boolean typed = problem.path("type").asString("").startsWith("https://summerhotline.cn/problems/");
        boolean statusMatches = problem.path("status").asInt() == answer.status();
        boolean titled = !problem.path("title").asString("").isBlank();
        return typed && statusMatches && titled ? null : seen + " (problem without type, status or title)";
    }

    private static String forged(String token) {
        int at = token.lastIndexOf('.') + 5;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
