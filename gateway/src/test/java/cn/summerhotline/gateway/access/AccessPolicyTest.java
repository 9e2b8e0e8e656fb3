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
        "GET, /api/v1/openday/2021, PUBLIC",
        "GET, /api/v1/openday/2021/venues, PUBLIC",
        "GET, /api/v1/openday/venues/2021-xuhui-sub, PUBLIC",
        "PUT, /api/v1/openday/2021, PROTECTED",
        "POST, /api/v1/openday/2021/venues, PROTECTED",
        "PUT, /api/v1/openday/venues/2021-xuhui-sub, PROTECTED",
        "GET, /api/v1/openday/2021/plans, PROTECTED",
        "GET, /api/v1/openday/plans/2021-xuhui, PROTECTED",
        "GET, /api/v1/openday/venues/2021-xuhui-sub/sessions, PROTECTED",
        "GET, /api/v1/openday/20x1, PROTECTED",
        "POST, /api/v1/openday/sessions/2021-xuhui-sub-1a2b3c4d/registrations, PUBLIC",
        "GET, /api/v1/openday/sessions/2021-xuhui-sub-1a2b3c4d/registrations.xlsx, PROTECTED",
        "GET, /api/v1/openday/sessions/2021-xuhui-sub-1a2b3c4d, PROTECTED",
        "POST, /api/v1/openday/sessions//registrations, PROTECTED",
        "POST, /api/v1/openday/venues/2021-xuhui-sub/sessions, PROTECTED",
        "GET, /api/v1/openday/registrations/k3v9q2m7x1c8b4n6, PUBLIC",
        "DELETE, /api/v1/openday/registrations/k3v9q2m7x1c8b4n6, PUBLIC",
        "GET, /api/v1/openday/registrations/k3v9q2m7x1c8b4n6/qr.png, PUBLIC",
        "DELETE, /api/v1/openday/registrations/k3v9q2m7x1c8b4n6/qr.png, PROTECTED",
        "POST, /api/v1/openday/registrations/k3v9q2m7x1c8b4n6, PROTECTED",
        "POST, /api/v1/openday/checkins, PROTECTED",
        "GET, /api/v1/publicity/public/projects, PUBLIC",
        "POST, /api/v1/publicity/public/projects, PROTECTED",
        "GET, /api/v1/publicity/themes, PROTECTED",
        "POST, /api/v1/reviews/public/reports, PUBLIC",
        "GET, /api/v1/reviews/public/reports, PROTECTED",
        "GET, /api/v1/reviews/levels, PROTECTED",
        "POST, /api/v1/reviews/reports, PUBLIC",
        "GET, /api/v1/reviews/reports, PROTECTED",
        "GET, /api/v1/reviews/public/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11, PUBLIC",
        "HEAD, /api/v1/reviews/public/0B7F4F2E-6A43-4C1E-9A53-0D2A8C6E8F11, PUBLIC",
        "POST, /api/v1/reviews/public/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11, PROTECTED",
        "DELETE, /api/v1/reviews/public/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11, PROTECTED",
        "GET, /api/v1/reviews/public/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11/history, PROTECTED",
        "GET, /api/v1/reviews/public/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f1, PROTECTED",
        "GET, /api/v1/reviews/public/0b7f4f2e_6a43-4c1e-9a53-0d2a8c6e8f11, PROTECTED",
        "GET, /api/v1/reviews/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11, PROTECTED",
        "POST, /api/v1/reviews/reports/x, PROTECTED",
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
