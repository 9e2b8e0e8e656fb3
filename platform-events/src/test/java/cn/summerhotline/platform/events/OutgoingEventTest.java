package cn.summerhotline.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingEventTest {

    @Test
    void typeAndRoutingKeyFollowTheNamingScheme() {
        OutgoingEvent event = OutgoingEvent.of("complaint", "assigned", "xuhui", "c-1", Map.of("unit", "xuhui"));

        assertThat(event.type()).isEqualTo("summerhotline.complaint.assigned.v1");
        assertThat(event.routingKey()).isEqualTo("complaint.assigned.xuhui");
        assertThat(event.withVersion(2).type()).isEqualTo("summerhotline.complaint.assigned.v2");
    }

    @Test
    void cityLevelItemsUseTheCityDistrict() {
        OutgoingEvent event = OutgoingEvent.of("review", "published", OutgoingEvent.CITY, "r-1", Map.of());

        assertThat(event.routingKey()).isEqualTo("review.published.city");
    }

    @Test
    void anAggregateSharedByOwnersNamesItsOwnerFirst() {
        OutgoingEvent event = OutgoingEvent.of("publicity.content", "submitted", "xuhui", "p-1", Map.of());

        assertThat(event.type()).isEqualTo("summerhotline.publicity.content.submitted.v1");
        assertThat(event.routingKey()).isEqualTo("publicity.content.submitted.xuhui");
    }

    @Test
    void segmentsThatWouldBreakRoutingKeysAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingEvent.of("complaint", "assigned", "xu.hui", "c-1", Map.of()))
                .withMessageContaining("district");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingEvent.of("Complaint", "assigned", "xuhui", "c-1", Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingEvent.of("complaint", "*", "xuhui", "c-1", Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingEvent.of("a.b.content", "submitted", "xuhui", "c-1", Map.of()))
                .withMessageContaining("aggregate");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingEvent.of("publicity.", "submitted", "xuhui", "c-1", Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingEvent.of("complaint", "assigned", "xuhui", "c-1", Map.of())
                        .withVersion(0));
    }
}
