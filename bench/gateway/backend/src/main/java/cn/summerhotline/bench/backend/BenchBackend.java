package cn.summerhotline.bench.backend;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for a service behind the gateway in the benchmark: Tomcat, Spring Security checking the
 * HS256 token on every request like the services do, and one small static read endpoint.
 */
@SpringBootApplication
@RestController
public class BenchBackend {

    private static final List<Map<String, String>> CATEGORIES = List.of(
            Map.of("code", "noise", "name", "噪音扰民"),
            Map.of("code", "heat", "name", "高温作业"),
            Map.of("code", "water", "name", "供水"));

    public static void main(String[] args) {
        SpringApplication.run(BenchBackend.class, args);
    }

    @GetMapping("/api/v1/complaints/categories")
    List<Map<String, String>> categories() {
        return CATEGORIES;
    }

    @Bean
    JwtDecoder jwtDecoder(@Value("${summer.security.jwt.secret}") String secret) {
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
                .build();
    }
}
