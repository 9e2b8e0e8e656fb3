package cn.summerhotline.review.report.infrastructure;

import cn.summerhotline.platform.security.JwtProperties;
import cn.summerhotline.review.report.application.ReportAllowance;
import cn.summerhotline.review.report.application.ReportContent;
import cn.summerhotline.review.report.application.ReporterKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportConfiguration.ReportProperties.class)
class ReportConfiguration {

    /**
     * {@code summer.reviews.reports.*} in application.yml.
     *
     * @param hideAt the reports since publication that hide an item pending the city bureau's re-review
     * @param clientKey the key reporters are named by (at least 32 bytes, the same on every replica); empty: one
     *     derived from the token secret
     * @param perClient how many items one client may report in {@code perClientWindow} on one replica
     * @param perClientWindow that window, from the client's first report in it
     * @param maxClients how many clients' windows a replica keeps at most
     */
    @ConfigurationProperties("summer.reviews.reports")
    record ReportProperties(int hideAt, String clientKey, int perClient, Duration perClientWindow, int maxClients) {}

    @Bean
    ReportContent.ReportThreshold reportThreshold(ReportProperties properties) {
        return new ReportContent.ReportThreshold(properties.hideAt());
    }

    @Bean
    ReportAllowance reportAllowance(ReportProperties properties) {
        return new ReportAllowance(properties.perClient(), properties.perClientWindow(), properties.maxClients());
    }

    /**
     * The key of its own when one is given (SUMMER_REPORT_CLIENT_KEY), else one derived from the HS256 token
     * secret, which every replica of the local run and of the tests shares already (an HMAC of a fixed label
     * under it: the secret itself never names anyone). With neither, the service does not start: a default key
     * would be a key anyone knows.
     */
    @Bean
    ReporterKeys reporterKeys(ReportProperties properties, JwtProperties jwt) {
        if (properties.clientKey() != null && !properties.clientKey().isBlank()) {
            byte[] key = properties.clientKey().getBytes(StandardCharsets.UTF_8);
            if (key.length < ReporterKeys.MIN_KEY_BYTES) {
                throw new IllegalStateException("summer.reviews.reports.client-key (SUMMER_REPORT_CLIENT_KEY) needs at"
                        + " least " + ReporterKeys.MIN_KEY_BYTES + " bytes");
            }
            return new ReporterKeys(key);
        }
        if (jwt.secret() == null || jwt.secret().isBlank()) {
            throw new IllegalStateException("Set SUMMER_REPORT_CLIENT_KEY (summer.reviews.reports.client-key, at least"
                    + " 32 bytes, the same on every replica): the key public reporters are named by. Without it the"
                    + " key is derived from SUMMER_JWT_SECRET, which is not set either.");
        }
        return new ReporterKeys(derived(jwt.secret()));
    }

    private static byte[] derived(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal("summer.reviews.reports.client-key".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
