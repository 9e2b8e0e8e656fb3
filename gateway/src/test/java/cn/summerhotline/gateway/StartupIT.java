package cn.summerhotline.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.gateway.access.MissingTokenKeyException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

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
        all[args.length + 1] = "--management.server.port=-1";
        // Event loops of its own: closing a context on Reactor Netty's global ones would stop the servers of
        // the test contexts that other ITs share (their management servers run on the global loops).
        return new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(ReactorResourceFactory.class, () -> {
                            ReactorResourceFactory own = new ReactorResourceFactory();
                            own.setUseGlobalResources(false);
                            return own;
                        }))
                .run(all);
    }
}
