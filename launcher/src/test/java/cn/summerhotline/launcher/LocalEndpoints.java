package cn.summerhotline.launcher;

import java.util.Optional;

/** The endpoints of a local run on the embedded store and broker, as the launcher's tests see them. */
final class LocalEndpoints {

    static final Endpoints EMBEDDED = new Endpoints(
            "mongodb://127.0.0.1:40001",
            true,
            "127.0.0.1",
            40002,
            "guest",
            "guest",
            "/",
            "qpid",
            true,
            Optional.of("a-local-secret-that-is-long-enough-for-hs256"));

    private LocalEndpoints() {}
}
