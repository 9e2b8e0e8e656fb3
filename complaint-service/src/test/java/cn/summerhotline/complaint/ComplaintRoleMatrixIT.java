package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.ApiDocument;
import cn.summerhotline.testsupport.hostile.RawHttp;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;
import java.util.Set;

/** Every role of the organisation against every endpoint of complaint-service, REST and Open311. */
@ServiceTest
class ComplaintRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        return HotlineFixture.create(port);
    }

    @Override
    protected Set<String> recordParameters() {
        return Set.of("id", "trackingNumber");
    }

    @Override
    protected Set<String> personalData() {
        return Set.of(HotlineFixture.PHONE, HotlineFixture.PHONE_IN_TEXT, HotlineFixture.REPORTER);
    }

    @Override
    protected boolean seesPersonalData(Caller caller) {
        return "CITY_ADMIN".equals(caller.role())
                || "OPERATOR".equals(caller.role())
                || "DISTRICT_ADMIN".equals(caller.role()) && "xuhui".equals(caller.unit());
    }

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        // complaint-service/README.md, "API": who may take each step.
        Set<String> handlers = Set.of("DISTRICT_ADMIN", "SQUAD_OFFICER", "INTEGRATION", "CITY_ADMIN");
        Set<String> office = Set.of("CITY_ADMIN", "OPERATOR", "DISTRICT_ADMIN");
        return Map.ofEntries(
                Map.entry("POST /api/v1/complaints/{id}/assign", office),
                Map.entry("POST /api/v1/complaints/{id}/accept", handlers),
                Map.entry("POST /api/v1/complaints/{id}/resolve", handlers),
                Map.entry(
                        "POST /api/v1/complaints/{id}/reply",
                        Set.of("DISTRICT_ADMIN", "SQUAD_OFFICER", "INTEGRATION", "CITY_ADMIN", "OPERATOR")),
                Map.entry(
                        "POST /api/v1/complaints/{id}/close",
                        Set.of("DISTRICT_ADMIN", "INTEGRATION", "OPERATOR", "CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/supervise", Set.of("CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/follow", Set.of("CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/reopen", Set.of("OPERATOR", "CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/merge", office),
                Map.entry("GET /api/v1/complaints/stats", office),
                Map.entry("GET /api/v1/complaints/export.xlsx", office));
    }

    @Override
    protected boolean acceptsOwnErrorFormat(ApiDocument.Operation operation, RawHttp.Answer answer) {
        return operation.path().startsWith("/open311/") && answer.text().contains("\"description\"");
    }
}
