package cn.summerhotline.gateway.demo;

import cn.summerhotline.gateway.access.MissingTokenKeyException;
import cn.summerhotline.gateway.access.TokenVerifierProperties;
import cn.summerhotline.gateway.problem.ProblemAnswers;
import cn.summerhotline.gateway.problem.Text;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/auth/token}: demo tokens for the local run, signed with the local HS256 secret.
 * Exists only in profile {@code local}; elsewhere the path is unknown (404) and tokens come from the
 * organisation's identity provider.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DemoTokenEndpoint {

    record TokenRequest(String username, String password) {}

    private final NimbusJwtEncoder encoder;
    private final Duration lifetime;

    DemoTokenEndpoint(
            TokenVerifierProperties jwt, @Value("${summer.gateway.demo-tokens.lifetime:8h}") Duration lifetime) {
        if (jwt.secret() == null || jwt.secret().isBlank()) {
            throw new MissingTokenKeyException("Profile local issues demo tokens and needs summer.security.jwt.secret"
                    + " (SUMMER_JWT_SECRET) to sign them.");
        }
        this.encoder = new NimbusJwtEncoder(
                new ImmutableSecret<>(new SecretKeySpec(jwt.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
        this.lifetime = lifetime;
    }

    @Bean
    RouterFunction<ServerResponse> demoTokenRoute() {
        return RouterFunctions.route(RequestPredicates.POST("/api/v1/auth/token"), this::issue);
    }

    private Mono<ServerResponse> issue(ServerRequest request) {
        return request.bodyToMono(TokenRequest.class)
                .map(java.util.Optional::of)
                .onErrorResume(e -> Mono.just(java.util.Optional.empty()))
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(body -> {
                    if (body.isEmpty()
                            || body.get().username() == null
                            || body.get().password() == null) {
                        return problem(
                                request,
                                HttpStatus.BAD_REQUEST,
                                "malformed-request",
                                Text.of("请求格式错误", "Malformed request"),
                                Text.of(
                                        "请求体应为 {\"username\": \"...\", \"password\": \"...\"}。",
                                        "The body must be {\"username\": \"...\", \"password\": \"...\"}."));
                    }
                    TokenRequest login = body.get();
                    return DemoUsers.find(login.username())
                            .filter(user -> passwordMatches(login.password()))
                            .map(user -> ServerResponse.ok()
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .header("Cache-Control", "no-store")
                                    .bodyValue(Map.of(
                                            "access_token", sign(user),
                                            "token_type", "Bearer",
                                            "expires_in", lifetime.toSeconds())))
                            .orElseGet(() -> problem(
                                    request,
                                    HttpStatus.UNAUTHORIZED,
                                    "bad-credentials",
                                    Text.of("用户名或密码错误", "Bad credentials"),
                                    Text.of(
                                            "用户名或密码错误。演示用户：" + String.join(", ", DemoUsers.usernames()) + "。",
                                            "Unknown user or wrong password. Demo users: "
                                                    + String.join(", ", DemoUsers.usernames()) + ".")));
                });
    }

    private static boolean passwordMatches(String password) {
        return MessageDigest.isEqual(
                DemoUsers.PASSWORD.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }

    private String sign(DemoUsers.DemoUser user) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("roles", List.of(user.role()))
                .claim("unit", user.unit());
        if (user.squad() != null) {
            claims.claim("squad", user.squad());
        }
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    private static Mono<ServerResponse> problem(
            ServerRequest request, HttpStatus status, String type, Text title, Text detail) {
        return ProblemAnswers.write(request.exchange(), status, type, title, detail)
                .then(Mono.empty());
    }
}
