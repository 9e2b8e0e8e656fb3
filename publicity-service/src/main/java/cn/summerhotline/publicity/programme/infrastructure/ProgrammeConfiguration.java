package cn.summerhotline.publicity.programme.infrastructure;

import cn.summerhotline.publicity.programme.application.DetectLateProjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled lateness check. It takes no lock across replicas: DetectLateProjects marks each project by a
 * version-guarded update, so of two replicas running at once one marks it and the other leaves it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ProgrammeConfiguration {

    @Bean
    LatenessCheck latenessCheck(DetectLateProjects detect) {
        return new LatenessCheck(detect);
    }

    /** Runs every {@code summer.publicity.lateness-check-interval} (env SUMMER_LATENESS_CHECK_INTERVAL). */
    static class LatenessCheck {

        private static final Logger log = LoggerFactory.getLogger(LatenessCheck.class);

        private final DetectLateProjects detect;

        LatenessCheck(DetectLateProjects detect) {
            this.detect = detect;
        }

        @Scheduled(
                initialDelayString = "${summer.publicity.lateness-check-interval:60s}",
                fixedDelayString = "${summer.publicity.lateness-check-interval:60s}")
        void run() {
            try {
                int marked = detect.run();
                if (marked > 0) {
                    log.info("lateness check: {} project(s) marked late", marked);
                }
            } catch (RuntimeException e) {
                // The next run tries again; a store hiccup must not stop the schedule.
                log.warn("lateness check failed: {}", e.toString());
            }
        }
    }
}
