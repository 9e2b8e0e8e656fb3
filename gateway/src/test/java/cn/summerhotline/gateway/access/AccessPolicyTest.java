package cn.summerhotline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;

class AccessPolicyTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "POST, /api/v1/complaints, PUBLIC",
        "GET, /api/v1/complaints, PROTECTED",
        "GET, /api/v1/complaints/categories, PROTECTED",
        "GET, /api/v1/complaints/track/SH0001, PUBLIC",
        "POST, /api/v1/complaints/track/SH0001/rating, PUBLIC",
        "POST, /api/v1/complaints/track/SH0001, PROTECTED",
        "POST, /api/v1/complaints/track/SH0001/reopen, PROTECTED",
        "POST, /api/v1/openday/public/registrations, PUBLIC",
        "DELETE, /api/v1/openday/public/registrations/R1, PUBLIC",
        "GET, /api/v1/openday/public/statistics, PUBLIC",
        "GET, /api/v1/openday/cloud/sections, PROTECTED",
        "GET, /api/v1/publicity/public/projects, PUBLIC",
        "POST, /api/v1/publicity/public/projects, PROTECTED",
        "GET, /api/v1/publicity/themes, PROTECTED",
        "POST, /api/v1/reviews/public/reports, PUBLIC",
        "GET, /api/v1/reviews/public/reports, PROTECTED",
        "GET, /api/v1/reviews/levels, PROTECTED",
        "GET, /open311/v2/services.json, PUBLIC",
        "POST, /open311/v2/requests.json, PUBLIC",
        "POST, /api/v1/auth/token, PUBLIC",
        "GET, /actuator/health/liveness, OPEN",
        "GET, /v3/api-docs/complaint-service, OPEN",
        "GET, /swagger-ui.html, OPEN",
        "GET, /api/v1/complaintsX, OPEN",
        "GET, /nothing, OPEN",
        "GET, /api/v1/complaints/track/SH.2025.0001, PUBLIC"
    })
    void classifiesRequests(String method, String path, Access expected) {
        assertThat(AccessPolicy.classify(HttpMethod.valueOf(method), path)).isEqualTo(expected);
    }
}
