package cn.summerhotline.openday.openday.infrastructure;

import cn.summerhotline.openday.openday.application.VenueSessions;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenDayConfiguration {

    /**
     * Every venue without sessions, until the session feature provides its own {@link VenueSessions}: a scanned
     * component ({@code @Component}, {@code @Repository}, {@code @Service}) is registered before this method's
     * condition is weighed, so it replaces this one.
     */
    @Bean
    @ConditionalOnMissingBean(VenueSessions.class)
    VenueSessions noVenueSessions() {
        return venueId -> List.of();
    }
}
