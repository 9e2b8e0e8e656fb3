package cn.summerhotline.openday.registration.infrastructure;

import cn.summerhotline.openday.registration.application.RegistrationSecrets;
import cn.summerhotline.openday.registration.application.RegistrationSettings;
import cn.summerhotline.platform.idempotency.IdempotencyKeys;
import cn.summerhotline.platform.idempotency.MongoIdempotencyKeys;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.JwtProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationConfiguration.RegistrationProperties.class)
class RegistrationConfiguration {

    /**
     * @param cancelBefore how long before its session a registrant may still cancel
     * @param repairAfter the age of a PENDING registration the repair takes for a stopped instance's straggler
     * @param repairInterval how often each replica runs the repair
     * @param tokenKey the key of the cancel tokens (at least 32 bytes, the same on every replica); empty: derived
     *     from the HS256 token secret
     */
    @ConfigurationProperties("summer.openday.registrations")
    record RegistrationProperties(
            Duration cancelBefore, Duration repairAfter, Duration repairInterval, String tokenKey) {}

    @Bean
    RegistrationSettings registrationSettings(RegistrationProperties properties) {
        return new RegistrationSettings(properties.cancelBefore(), properties.repairAfter());
    }

    @Bean
    RegistrationSecrets registrationSecrets(RegistrationProperties properties, JwtProperties jwt) {
        if (properties.tokenKey() != null && !properties.tokenKey().isBlank()) {
            return new RegistrationSecrets(properties.tokenKey().getBytes(StandardCharsets.UTF_8));
        }
        if (jwt.secret() == null || jwt.secret().isBlank()) {
            throw new IllegalStateException("Set SUMMER_REGISTRATION_TOKEN_KEY (summer.openday.registrations.token-key,"
                    + " at least 32 bytes, the same on every replica); without it the key is derived from"
                    + " SUMMER_JWT_SECRET, which is not set either.");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(jwt.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new RegistrationSecrets(
                    mac.doFinal("summer.openday.registrations.token-key".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** The registration a key created is stored under {@code registrationId}. */
    @Bean
    MongoIdempotencyKeys idempotencyKeys(MongoOperations mongo, Clock clock) {
        return new MongoIdempotencyKeys(mongo, clock, "registrationId");
    }

    @Bean
    RepeatableActions repeatableActions(IdempotencyKeys keys) {
        return new RepeatableActions(keys);
    }

    @Bean
    RepairSchedule repairSchedule(
            cn.summerhotline.openday.registration.application.RepairPlaces repair, RegistrationProperties properties) {
        return new RepairSchedule(repair, properties.repairInterval());
    }
}
