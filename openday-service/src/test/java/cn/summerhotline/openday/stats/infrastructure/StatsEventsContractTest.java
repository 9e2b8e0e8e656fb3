package cn.summerhotline.openday.stats.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.contracts.EventContracts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics consumer's own records of the events it counts, held against the producers' contracts: what the
 * contract accepts, the consumer reads, with the fields it counts by (a party's people, the year).
 */
class StatsEventsContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String envelope(String source, String type, String data) {
        return """
                {"specversion": "1.0", "id": "e-1", "source": "%s", "type": "summerhotline.%s.v1",
                 "time": "2021-07-15T02:00:00Z", "subject": "s-1", "datacontenttype": "application/json",
                 "data": %s}""".formatted(source, type, data);
    }

    private static JsonNode validData(String schema, String body) {
        EventContracts.assertValid(EventContracts.ENVELOPE, body);
        EventContracts.assertValid(schema, body);
        return JSON.readTree(body).get("data");
    }

    @Test
    void shouldReadThePeopleAndTheDayOfEveryRegistrationEventItCounts() {
        String registration = """
                {"registrationId": "k3v9q2m8x7c4b1n5", "sessionId": "songjiang-main-am", "venueId": "songjiang-main",
                 "audience": "STUDENTS", "partySize": 3, "at": "2021-07-15T01:30:00Z"}""";
        String checkin = """
                {"checkinId": "c-1", "registrationId": "k3v9q2m8x7c4b1n5", "sessionId": "songjiang-main-am",
                 "venueId": "songjiang-main", "audience": "STUDENTS", "partySize": 3, "at": "2021-12-31T16:30:00Z"}""";
        for (String[] event : new String[][] {
            {"registration-confirmed.v1.schema.json", "registration.confirmed", registration},
            {"registration-promoted.v1.schema.json", "registration.promoted", registration},
            {"registration-checked-in.v1.schema.json", "registration.checked-in", checkin}
        }) {
            JsonNode data = validData(event[0], envelope("openday-service", event[1], event[2]));

            StatsSubscriptions.Registered read = JSON.treeToValue(data, StatsSubscriptions.Registered.class);

            assertThat(read.partySize()).as(event[1]).isEqualTo(3);
            assertThat(read.at()).as(event[1]).isEqualTo(data.get("at").asString());
        }
    }

    @Test
    void shouldReadTheYearOfAQuizAttemptAndTheAudienceOfACoverage() {
        JsonNode attempt = validData(
                "openday-quiz-attempted.v1.schema.json", envelope("openday-service", "openday.quiz.attempted", """
                        {"quizId": "quiz-0f8e6c2a-4b1d-4e8f-9a7c-3d2b1a0f9e8d", "year": 2021, "topic": "WASTE_SORTING",
                         "correct": 2, "questions": 3, "seconds": 42, "at": "2021-07-13T03:00:00Z"}"""));
        JsonNode coverage =
                validData("coverage-recorded.v1.schema.json", envelope("publicity-service", "coverage.recorded", """
                        {"coverageId": "cov-1", "projectId": "p2021-04", "year": 2021, "theme": 2, "units": ["xuhui"],
                         "outlet": "新民晚报", "kind": "NEWSPAPER_GROUP", "date": "2021-07-16",
                         "link": "https://news.example.cn/2021/0716/1.html", "readers": 120000, "views": 35000,
                         "unit": "xuhui", "at": "2021-07-16T08:00:00Z"}"""));

        assertThat(JSON.treeToValue(attempt, StatsSubscriptions.QuizAttempted.class)
                        .year())
                .isEqualTo(2021);
        StatsSubscriptions.CoverageRecorded read =
                JSON.treeToValue(coverage, StatsSubscriptions.CoverageRecorded.class);
        assertThat(read.year()).isEqualTo(2021);
        assertThat(read.unit()).isEqualTo("xuhui");
        assertThat(read.readers() + read.views()).isEqualTo(155_000);
    }
}
