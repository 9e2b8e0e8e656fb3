package cn.summerhotline.review.screening.infrastructure;

import cn.summerhotline.review.screening.model.DetectorSettings;
import cn.summerhotline.review.screening.model.InternalInformation;
import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.ScreeningAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ScreeningConfiguration.ScreeningProperties.class)
class ScreeningConfiguration {

    /**
     * {@code summer.screening.*} in application.yml.
     *
     * @param reloadInterval how often each replica looks at the word list's change counter
     * @param fullReloadInterval how often each replica compiles the list anew whatever the counter says
     * @param actions BLOCK or FLAG for each kind of internal information (see {@link DetectorSettings})
     * @param markers the markers of internal documents, by the action they take
     */
    @ConfigurationProperties("summer.screening")
    record ScreeningProperties(
            Duration reloadInterval,
            Duration fullReloadInterval,
            Map<MatchKind, ScreeningAction> actions,
            Markers markers) {

        record Markers(List<String> block, List<String> flag) {}
    }

    @Bean
    InternalInformation internalInformation(ScreeningProperties properties) {
        var markers = properties.markers();
        return new InternalInformation(new DetectorSettings(
                properties.actions(),
                markers == null ? null : markers.block(),
                markers == null ? null : markers.flag()));
    }
}
