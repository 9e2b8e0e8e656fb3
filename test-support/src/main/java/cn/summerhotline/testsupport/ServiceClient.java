package cn.summerhotline.testsupport;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** A client of a service under test that hands back error answers instead of throwing, for tests to read. */
public final class ServiceClient {

    private ServiceClient() {}

    public static RestClient on(int port) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }
}
