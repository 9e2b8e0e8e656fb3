package cn.summerhotline.openday.session.web;

import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;

final class SessionRequests {

    private SessionRequests() {}

    @Schema(description = "新场次。A new session of the venue.")
    record NewSessionBody(
            @Schema(description = "开始时间(ISO 8601)。When it starts.", example = "2021-07-15T01:30:00Z") @NotNull
            Instant startsAt,

            @Schema(description = "结束时间,晚于开始时间。When it ends, after it starts.", example = "2021-07-15T03:30:00Z")
            @NotNull
            Instant endsAt,

            @Schema(description = "总名额(1-100000)。The total capacity.", example = "200")
            @NotNull
            @Min(1)
            @Max(Session.MAX_CAPACITY)
            Integer capacity,

            @Schema(
                    description = "各类人群的名额,均不超过总名额,合计不超过总名额;未列出的为 0。The quota of each"
                            + " audience, each and their sum within the capacity; an audience left out has none.",
                    example = "{\"PUBLIC\": 150, \"INVITED\": 20, \"STUDENTS\": 20, \"MEDIA\": 10}")
            @NotEmpty
            Map<Audience, @NotNull @Min(0) @Max(Session.MAX_CAPACITY) Integer> quotas) {}
}
