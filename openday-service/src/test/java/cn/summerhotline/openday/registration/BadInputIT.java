package cn.summerhotline.openday.registration;

import static cn.summerhotline.openday.OpendayCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.OpendayCalls;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;

/** Bad sessions and registrations answer 400 problem+json naming the field, in Chinese or English; nothing stored. */
@ServiceTest
class BadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    Venues venues;

    @Autowired
    MongoOperations mongo;

    OpendayCalls calls;
    String venue;
    String session;

    @BeforeEach
    void aSession() {
        calls = new OpendayCalls(port);
        venue = OpendayCalls.xuhuiVenue(venues).id();
        session = calls.session(venue, Instant.now().plus(Duration.ofDays(2)), 10, Map.of("PUBLIC", 10));
    }

    @AfterEach
    void cleanUp() {
        RegistrationStores.clean(mongo);
    }

    @Test
    void shouldRefuseSessionsWhoseQuotasBreakTheCapacityAndStoreNone() {
        String start = Instant.now().plus(Duration.ofDays(3)).toString();
        String end = Instant.now().plus(Duration.ofDays(3)).plusSeconds(3600).toString();
        String path = "/api/v1/openday/venues/" + venue + "/sessions";
        ResponseEntity<String> aboveTotal = calls.post(path, OpendayCalls.XUHUI_ADMIN, """
                {"startsAt": "%s", "endsAt": "%s", "capacity": 100, "quotas": {"PUBLIC": 80, "MEDIA": 30}}""".formatted(start, end));
        ResponseEntity<String> aboveCapacity = calls.post(path, OpendayCalls.XUHUI_ADMIN, """
                {"startsAt": "%s", "endsAt": "%s", "capacity": 10, "quotas": {"PUBLIC": 11}}""".formatted(start, end));
        ResponseEntity<String> unknownAudience = calls.post(path, OpendayCalls.XUHUI_ADMIN, """
                {"startsAt": "%s", "endsAt": "%s", "capacity": 10, "quotas": {"VIP": 5}}""".formatted(start, end));
        ResponseEntity<String> otherDistrict =
                calls.post(path, TestTokens.districtAdmin("jiading"), """
                {"startsAt": "%s", "endsAt": "%s", "capacity": 10, "quotas": {"PUBLIC": 5}}""".formatted(start, end));

        assertThat(aboveTotal.getStatusCode().value()).isEqualTo(400);
        assertThat(aboveTotal.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(aboveTotal).path("errors").get(0).path("field").asString())
                .isEqualTo("quotas");
        assertThat(json(aboveTotal).path("errors").get(0).path("message").asString())
                .contains("110")
                .contains("100");
        assertThat(json(aboveCapacity).path("errors").get(0).path("field").asString())
                .isEqualTo("quotas.PUBLIC");
        assertThat(unknownAudience.getStatusCode().value()).isEqualTo(400);
        assertThat(otherDistrict.getStatusCode().value()).isEqualTo(403);
        assertThat(mongo.count(new Query(), Document.class, "sessions"))
                .as("only the fixture's")
                .isOne();
    }

    @Test
    void shouldRefuseRegistrationsWithBadFieldsAndStoreNone() {
        String path = "/api/v1/openday/sessions/" + session + "/registrations";
        ResponseEntity<String> party = calls.post(path, null, """
                {"name": "王小明", "phone": "13812345678", "audience": "PUBLIC", "partySize": 6}""");
        ResponseEntity<String> phone = calls.post(path, null, """
                {"name": "王小明", "phone": "12345", "audience": "PUBLIC", "partySize": 1}""");
        ResponseEntity<String> noName = calls.post(path, null, """
                {"phone": "13812345678", "audience": "PUBLIC", "partySize": 1}""");
        ResponseEntity<String> audience = calls.post(path, null, """
                {"name": "王小明", "phone": "13812345678", "audience": "VIP", "partySize": 1}""");
        ResponseEntity<String> notAdmitted = calls.post(path, null, """
                {"name": "王小明", "phone": "13812345678", "audience": "MEDIA", "partySize": 1}""");
        ResponseEntity<String> english = calls.http()
                .post()
                .uri(path)
                .header("Accept-Language", "en")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"name\": \"Wang\", \"phone\": \"555\", \"audience\": \"PUBLIC\", \"partySize\": 1}")
                .retrieve()
                .toEntity(String.class);

        for (ResponseEntity<String> refused : java.util.List.of(party, phone, noName, audience)) {
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(json(party).path("errors").get(0).path("field").asString()).isEqualTo("partySize");
        assertThat(json(phone).path("errors").get(0).path("message").asString()).contains("手机号码");
        assertThat(json(english).path("errors").get(0).path("message").asString())
                .contains("mobile number");
        assertThat(notAdmitted.getStatusCode().value()).isEqualTo(409);
        assertThat(json(notAdmitted).path("reason").asString()).isEqualTo("AUDIENCE_NOT_ADMITTED");
        assertThat(mongo.count(new Query(), Document.class, "registrations")).isZero();
        assertThat(calls.sessionView(session).path("confirmed").asInt()).isZero();
    }
}
