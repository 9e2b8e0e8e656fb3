package cn.summerhotline.openday.stream;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.CloudApi;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** Streams follow their schedule; viewers now are those heard within the last minute, none stored per heartbeat. */
class StreamIT extends CloudApi {

    @BeforeEach
    void cleanStreams() {
        mongo.remove(new Query(), "live_streams");
        mongo.remove(new Query(), "stream_viewers");
    }

    private String scheduled() {
        on(LocalDate.of(2021, 7, 10));
        return post(
                        "/api/v1/openday/2021/streams",
                        XUHUI_ADMIN,
                        json(
                                "unit", "xuhui",
                                "title", "徐汇区分会场直播",
                                "link", "https://live.example.cn/xuhui",
                                "startsAt", "2021-07-15T01:00:00Z",
                                "endsAt", "2021-07-15T09:00:00Z"))
                .expect(201)
                .json()
                .path("id")
                .asString();
    }

    private JsonNode beat(String id, String viewer) {
        return post("/api/v1/openday/public/streams/" + id + "/heartbeats", null, json("viewer", viewer))
                .expect(202)
                .json();
    }

    @Test
    void shouldCountViewersNowAndInTotalFromHeartbeats() {
        String id = scheduled();
        assertThat(beat(id, "viewer-0000000000000001").path("status").asString())
                .isEqualTo("UPCOMING");
        on(LocalDate.of(2021, 7, 15));

        for (int i = 0; i < 3; i++) {
            beat(id, "viewer-0000000000000001");
        }
        beat(id, "viewer-0000000000000002");
        JsonNode live = beat(id, "viewer-0000000000000003");
        assertThat(live.path("status").asString()).isEqualTo("LIVE");
        assertThat(live.path("viewersNow").asLong()).isEqualTo(3);
        assertThat(mongo.count(new Query(), "stream_viewers")).isEqualTo(3);

        clock.advance(Duration.ofSeconds(61));
        JsonNode later = beat(id, "viewer-0000000000000002");
        assertThat(later.path("viewersNow").asLong()).isEqualTo(1);
        assertThat(later.path("viewersTotal").asLong()).isEqualTo(3);
        assertThat(get("/api/v1/openday/public/2021/streams", null).text()).contains("徐汇区分会场直播");
    }

    @Test
    void shouldLetADistrictScheduleOnlyItsOwnStreams() {
        post(
                        "/api/v1/openday/2021/streams",
                        JIADING_ADMIN,
                        json(
                                "unit", "xuhui",
                                "title", "冒名直播",
                                "link", "https://live.example.cn/x",
                                "startsAt", "2021-07-15T01:00:00Z",
                                "endsAt", "2021-07-15T09:00:00Z"))
                .expect(403);
        post(
                        "/api/v1/openday/public/streams/stream-unknown/heartbeats",
                        null,
                        json("viewer", "viewer-0000000000000001"))
                .refused(404, "not-found");
        assertThat(mongo.count(new Query(), "live_streams")).isZero();
    }
}
