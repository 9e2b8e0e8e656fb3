package cn.summerhotline.openday.cloud.infrastructure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * complaint-service's statistics (complaint-service/README.md: {@code GET /api/v1/complaints/stats}), as this
 * service reads them: its own copy of the answer's fields. The caller's token goes with the call (a city admin's,
 * who builds the release); platform-clients gives the timeouts, the breaker and the 503 when it fails.
 */
@FeignClient("complaint-service")
interface ComplaintStatistics {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(String key, long received, long handledOnTime, long replied, long rated, Double averageSatisfaction) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Statistics(List<Row> rows, Row total) {}

    @GetMapping("/api/v1/complaints/stats")
    Statistics statistics(
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam("groupBy") String groupBy);
}
