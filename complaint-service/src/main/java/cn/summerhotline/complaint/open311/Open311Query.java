package cn.summerhotline.complaint.open311;

import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Status;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The query parameters of {@code GET requests.{format}}, refused in the GeoReport error format when wrong. */
final class Open311Query {

    private Open311Query() {}

    static Instant instant(String field, String value) {
        OffsetDateTime parsed = Open311Form.dateTime(field, value);
        return parsed == null ? null : parsed.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    static Set<Status> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.allOf(Status.class);
        }
        Set<Status> wanted = EnumSet.noneOf(Status.class);
        for (String each : status.split(",")) {
            switch (each.strip()) {
                case "open" ->
                    Arrays.stream(Status.values())
                            .filter(s -> s != Status.CLOSED)
                            .forEach(wanted::add);
                case "closed" -> wanted.add(Status.CLOSED);
                default -> throw new Open311Error(400, "status is open or closed, not '" + each + "'");
            }
        }
        return wanted;
    }

    static Category category(String code) {
        try {
            return Category.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new Open311Error(400, "service_code: no service " + code);
        }
    }
}
