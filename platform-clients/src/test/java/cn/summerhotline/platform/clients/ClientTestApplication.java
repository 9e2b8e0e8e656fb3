package cn.summerhotline.platform.clients;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service with one Feign client declared as the convention has it: an interface named after the service it
 * calls, nothing else. Its controller is imported, not scanned, as in the platform's own test service.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableFeignClients(clients = ClientTestApplication.Complaints.class)
@Import(ClientTestApplication.Figures.class)
class ClientTestApplication {

    @FeignClient("complaint-service")
    interface Complaints {

        @GetMapping("/api/v1/complaints/stats")
        Map<String, Object> stats();

        @GetMapping("/api/v1/complaints/{id}")
        Map<String, Object> complaint(@PathVariable("id") String id);
    }

    @RestController
    static class Figures {

        private final Complaints complaints;

        Figures(Complaints complaints) {
            this.complaints = complaints;
        }

        @GetMapping("/api/v1/figures")
        Map<String, Object> figures() {
            return complaints.stats();
        }

        /** Public: called without a token, the service calls with its own. */
        @GetMapping("/api/v1/figures/public")
        Map<String, Object> publicFigures() {
            return complaints.stats();
        }

        @GetMapping("/api/v1/figures/cases/{id}")
        Map<String, Object> story(@PathVariable String id) {
            return complaints.complaint(id);
        }
    }
}
