package cn.summerhotline.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.StoredItems;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * A client that calls the service itself, not through a trusted proxy: here loopback is no proxy, so the test is
 * such a client. Whatever it writes in {@code X-Forwarded-For} or {@code Forwarded}, it is one client.
 */
@ServiceTest(properties = "server.tomcat.remoteip.internal-proxies=192\\\\.0\\\\.2\\\\.1")
class UntrustedForwardingIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ReviewItems items;

    @BeforeEach
    void emptyStore() {
        mongo.remove(new Query(), "review_items");
    }

    @Test
    void shouldCountAClientOnceWhateverForwardedHeadersItSends() {
        String id = StoredItems.published(items, "a-1", "标题", "正文");

        for (String[] header : new String[][] {
            {"X-Forwarded-For", "203.0.113.1"},
            {"X-Forwarded-For", "203.0.113.2, 192.0.2.1"},
            {"Forwarded", "for=203.0.113.3"},
            {"X-Real-IP", "203.0.113.4"}
        }) {
            int status = ServiceClient.on(port)
                    .post()
                    .uri("/api/v1/reviews/reports")
                    .header(header[0], header[1])
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"reviewId\": \"" + id + "\", \"reason\": \"不实\"}")
                    .retrieve()
                    .toBodilessEntity()
                    .getStatusCode()
                    .value();
            assertThat(status).as(header[0]).isEqualTo(202);
        }

        assertThat(items.byId(id).orElseThrow().reports()).hasSize(1);
    }
}
