package cn.summerhotline.publicity.cases.infrastructure;

import cn.summerhotline.publicity.cases.application.ComplaintCases;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * complaint-service's complaint list and detail, as the platform's convention declares a client: named after the
 * service, nothing else (timeouts, breaker {@code complaint-service.<method>}, token, problems: platform-clients).
 */
@FeignClient("complaint-service")
interface ComplaintServiceClient {

    /** The fields of complaint-service's page this service reads. */
    record ComplaintPage(List<ComplaintCases.ResolvedCase> items, Long total) {}

    @GetMapping("/api/v1/complaints")
    ComplaintPage list(
            @RequestParam(value = "district", required = false) String district,
            @RequestParam("status") String status,
            @RequestParam("category") String category,
            @RequestParam("page") int page,
            @RequestParam("size") int size);

    @GetMapping("/api/v1/complaints/{id}")
    ComplaintCases.ResolvedCase complaint(@PathVariable("id") String id);
}
