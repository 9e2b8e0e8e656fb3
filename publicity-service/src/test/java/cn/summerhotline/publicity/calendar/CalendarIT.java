package cn.summerhotline.publicity.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.publicity.PublicityApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The campaign by day, week and month, and what is due this week per unit. */
class CalendarIT extends PublicityApi {

    private static List<Integer> numbers(JsonNode entries) {
        List<Integer> numbers = new ArrayList<>();
        entries.forEach(e -> numbers.add(e.path("number").asInt()));
        return numbers;
    }

    @Test
    void shouldGroupTheProjectsByMonthAndTellWhatIsDueThisWeekPerUnit() {
        importTestYear();
        today(LocalDate.of(YEAR, 8, 7));

        JsonNode months = get("/api/v1/publicity/" + YEAR + "/calendar?granularity=MONTH", CITY_ADMIN)
                .expect(200)
                .json();

        assertThat(months.path("from").asString()).isEqualTo(YEAR + "-07-12");
        assertThat(months.path("buckets")).hasSize(2);
        assertThat(numbers(months.path("buckets").get(0).path("due"))).containsExactly(1, 2, 7, 8, 9, 12, 13, 14, 15);
        assertThat(numbers(months.path("buckets").get(1).path("active"))).containsExactly(3, 4, 5, 6, 10, 11);
        JsonNode due = months.path("dueThisWeek");
        assertThat(due.path("weekStart").asString()).isEqualTo(YEAR + "-08-04");
        List<String> units = new ArrayList<>();
        due.path("units").forEach(u -> units.add(u.path("unit").asString() + ":" + numbers(u.path("projects"))));
        assertThat(units).containsExactly("city-coordination:[3]", "city-office:[3]", "xuhui:[4]");

        JsonNode xuhui = get(
                        "/api/v1/publicity/" + YEAR + "/calendar?granularity=DAY&from=" + YEAR + "-08-01&to=" + YEAR
                                + "-08-10",
                        XUHUI_ADMIN)
                .expect(200)
                .json();
        assertThat(xuhui.path("buckets")).hasSize(10);
        assertThat(numbers(xuhui.path("buckets").get(9).path("due"))).containsExactly(4);
        get("/api/v1/publicity/" + YEAR + "/calendar?from=" + YEAR + "-08-10&to=" + YEAR + "-08-01", CITY_ADMIN)
                .refused(400, "invalid-request");
    }
}
