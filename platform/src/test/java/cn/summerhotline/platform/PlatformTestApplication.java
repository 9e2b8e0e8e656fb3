package cn.summerhotline.platform;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tiny service that uses the platform as the real services do. Its controller is imported, not scanned:
 * a scan from this package would also pick up the platform's own classes, which only its auto-configuration
 * may create.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PlatformTestApplication.Things.class)
class PlatformTestApplication {

    record Thing(@NotBlank String name, @Min(1) @Max(5) int score) {}

    record Visit(
            @NotBlank @Size(max = 20) String place, @NotNull Instant at, double lat, Boolean guided) {}

    @RestController
    static class Things {

        private static final Map<String, String> DISTRICT_OF = Map.of("t-1", "xuhui", "t-2", "jiading");

        @GetMapping("/api/v1/things/{id}")
        Map<String, String> one(@PathVariable String id, Caller caller) {
            String district = DISTRICT_OF.get(id);
            if (district == null || !caller.mayAccessDistrict(district)) {
                throw ApiProblem.notFound("Thing", id);
            }
            return Map.of("id", id, "district", district, "caller", caller.subject());
        }

        @PostMapping("/api/v1/things")
        Map<String, Object> create(@Valid @RequestBody Thing thing, Caller caller) {
            caller.requireAny(Role.CITY_ADMIN, Role.OPERATOR);
            return Map.of("name", thing.name(), "score", thing.score());
        }

        /** A constrained path variable next to a validated body: Spring then validates the method as a whole. */
        @PostMapping("/api/v1/things/{year}/scores")
        Map<String, Object> score(@PathVariable @Min(2021) int year, @Valid @RequestBody Thing thing) {
            return Map.of("year", year, "name", thing.name(), "score", thing.score());
        }

        @GetMapping("/api/v1/things")
        Map<String, Object> list(
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) String place) {
            return Map.of("page", page, "from", String.valueOf(from), "place", String.valueOf(place));
        }

        @PostMapping("/api/v1/things/visits")
        Visit visit(@Valid @RequestBody Visit visit) {
            return visit;
        }

        @GetMapping("/api/v1/things/broken")
        Map<String, String> broken() {
            throw new IllegalStateException("a defect the service did not foresee");
        }

        /** On the test service's api-key path: the caller from a bearer token or from api_key alike. */
        @GetMapping("/api/v1/things/keyed/mine")
        Map<String, Object> keyed(Caller caller) {
            return Map.of("caller", caller.subject(), "unit", caller.unit());
        }

        @PostMapping("/api/v1/things/public")
        Map<String, Object> submit(@Valid @RequestBody Thing thing, Caller caller) {
            return Map.of("name", thing.name(), "anonymous", !caller.authenticated());
        }
    }
}
