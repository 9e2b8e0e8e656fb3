package cn.summerhotline.publicity.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.publicity.PublicityApi;
import cn.summerhotline.publicity.ReviewEvents;
import cn.summerhotline.publicity.programme.application.DetectLateProjects;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** LATE and AT_RISK by the service's clock, and the lateness check's project.late, once per project. */
class LatenessIT extends PublicityApi {

    @Autowired
    DetectLateProjects detect;

    @Autowired
    ConnectionFactory connectionFactory;

    private JsonNode project(String id) {
        return get("/api/v1/publicity/projects/" + id, CITY_ADMIN).expect(200).json();
    }

    @Test
    void shouldMarkTheProjectsWhosePeriodEndedWithNothingPublishedLateOnce() {
        importTestYear();
        String content = post(
                        "/api/v1/publicity/projects/" + project(1) + "/contents",
                        CITY_ADMIN,
                        json("kind", "VIDEO", "title", "毗邻区域联合执法", "body", "青浦、吴江、嘉善三地联合执法。"))
                .expect(201)
                .json()
                .path("id")
                .asString();
        new ReviewEvents(connectionFactory).published(content, 1, "city");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> project(project(1)).path("published").asInt() == 1);
        // The seeded 2021 projects are long over: marked first, so that only the test year's remain.
        detect.run();
        today(LocalDate.of(YEAR, 8, 2));

        List<String> late = new ArrayList<>();
        try (EventTap tap = EventTap.bind(connectionFactory, "publicity-late-it", "project.late.*")) {
            int marked = detect.run();
            for (Message m = tap.receive(5_000); m != null; m = tap.receive(1_000)) {
                String envelope = new String(m.getBody(), StandardCharsets.UTF_8);
                EventContracts.assertValid("project-late.v1.schema.json", envelope);
                String subject = JSON.readTree(envelope).path("subject").asString();
                if (subject.startsWith("p" + YEAR)) {
                    late.add(subject);
                }
            }
            // The July projects but project 1, which has published content.
            assertThat(marked).isEqualTo(8);
            assertThat(late)
                    .containsExactlyInAnyOrder(
                            project(2),
                            project(7),
                            project(8),
                            project(9),
                            project(12),
                            project(13),
                            project(14),
                            project(15));
            assertThat(detect.run()).isZero();
            for (Message m = tap.receive(1_000); m != null; m = tap.receive(1_000)) {
                assertThat(new String(m.getBody(), StandardCharsets.UTF_8)).doesNotContain("\"p" + YEAR);
            }
        }
        assertThat(project(project(2)).path("status").asString()).isEqualTo("LATE");
        assertThat(project(project(2)).path("lateSince").isNull()).isFalse();
        assertThat(project(project(1)).path("timeliness").asString()).isEqualTo("ON_SCHEDULE");
        assertThat(get("/api/v1/publicity/" + YEAR + "/projects?status=LATE", CITY_ADMIN)
                        .json())
                .hasSize(8);
        assertThat(get("/api/v1/publicity/" + YEAR + "/stats", CITY_ADMIN)
                        .json()
                        .path("byTimeliness")
                        .path("LATE")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void shouldFlagAProjectAtRiskWhenItsPeriodStartsWithinAWeekWithNothingInPreparation() {
        importTestYear();
        today(LocalDate.of(YEAR, 7, 20));
        assertThat(project(project(4)).path("timeliness").asString()).isEqualTo("ON_SCHEDULE");

        today(LocalDate.of(YEAR, 7, 27));
        assertThat(project(project(4)).path("timeliness").asString()).isEqualTo("AT_RISK");
        assertThat(project(project(3)).path("timeliness").asString()).isEqualTo("AT_RISK");

        JsonNode reported;
        try (EventTap tap = EventTap.bind(connectionFactory, "publicity-updated-it", "project.updated.xuhui")) {
            reported = put(
                            "/api/v1/publicity/projects/" + project(4) + "/progress",
                            XUHUI_ADMIN,
                            json(
                                    "status",
                                    "PREPARING",
                                    "percent",
                                    30,
                                    "milestones",
                                    List.of(java.util.Map.of("title", "巡回宣讲首场", "planned", YEAR + "-08-03"))))
                    .expect(200)
                    .json();
            String updated = new String(tap.receive(10_000).getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("project-updated.v1.schema.json", updated);
            assertThat(JSON.readTree(updated).path("data").path("status").asString())
                    .isEqualTo("PREPARING");
        }
        assertThat(reported.path("timeliness").asString()).isEqualTo("ON_SCHEDULE");
        assertThat(reported.path("milestones").get(0).path("planned").asString())
                .isEqualTo(YEAR + "-08-03");
        assertThat(reported.path("corrections").get(0).path("fields").get(0).asString())
                .isEqualTo("progress");
        put(
                        "/api/v1/publicity/projects/" + project(3) + "/progress",
                        XUHUI_ADMIN,
                        json("status", "DONE", "percent", 100))
                .refused(404, "not-found");
        put(
                        "/api/v1/publicity/projects/" + project(4) + "/progress",
                        XUHUI_ADMIN,
                        json("status", "DONE", "percent", 140))
                .refused(400, "invalid-request");
    }
}
