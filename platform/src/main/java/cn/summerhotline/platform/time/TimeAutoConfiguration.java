package cn.summerhotline.platform.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One clock per service, an {@link AdjustableClock} over the system's UTC clock: every feature that reads the time
 * (deadlines, phases, lateness, overdue scans) takes it by injection, and tests move it to see a deadline pass.
 * Declared here once, so that features of one service never race to declare a clock of their own.
 */
@AutoConfiguration
public class TimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    AdjustableClock clock() {
        return new AdjustableClock(Clock.systemUTC());
    }
}
