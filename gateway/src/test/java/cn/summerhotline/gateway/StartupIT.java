package cn.summerhotline.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.gateway.access.MissingTokenKeyException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The gateway never serves without a way to check tokens. */
class StartupIT {

    @Test
    void refusesToStartWithNeitherSecretNorJwksUri() {
        assertThatThrownBy(() -> start("--summer.security.jwt.secret=", "--summer.security.jwt.jwks-uri="))
                .hasRootCauseInstanceOf(MissingTokenKeyException.class)
                .rootCause()
                .hasMessageContaining("SUMMER_JWT_SECRET")
                .hasMessageContaining("SUMMER_JWKS_URI");
    }

    @Test
    void refusesToStartWithASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> start("--summer.security.jwt.secret=too-short", "--summer.security.jwt.jwks-uri="))
                .hasRootCauseInstanceOf(MissingTokenKeyException.class)
                .rootCause()
                .hasMessageContaining("at least 32");
    }

    @Test
    void startsWithAJwksUriAlone() {
        try (ConfigurableApplicationContext context =
                start("--summer.security.jwt.secret=", "--summer.security.jwt.jwks-uri=http://127.0.0.1:9/jwks.json")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        // No server at all: closing a server on Reactor Netty's global resources would take the shared
        // test contexts' management servers along. Whether the gateway starts is decided before any port.
        all[args.length + 1] = "--spring.main.web-application-type=none";
        return SpringApplication.run(GatewayApplication.class, all);
    }
}
