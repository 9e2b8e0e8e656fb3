package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.ReplyToComplaint;
import cn.summerhotline.platform.events.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listens to this service's own {@code replied} events to pass each answer on to the cases merged into the
 * answered one. The event is stored with the reply in one write and relayed until the broker confirms it, and
 * the consumer retries, so the citizens of merged cases are answered even when the service stopped right after
 * the reply. Passing on is idempotent: a case that already has the answer is left alone.
 */
@Configuration(proxyBeanMethods = false)
class MergedCaseAnswers {

    static final String QUEUE = "complaint-service.merged-case-answers";

    @Bean
    EventSubscription mergedCaseAnswersSubscription(ReplyToComplaint replies) {
        return EventSubscription.queue(QUEUE).bind("complaint.replied.*").handle((event, data) -> {
            // A merged case's own copy of an answer has nothing merged into it.
            if (data.path("fromCase").isNull() || data.path("fromCase").isMissingNode()) {
                replies.passOnAnswerOf(data.get("complaintId").asString());
            }
        });
    }
}
