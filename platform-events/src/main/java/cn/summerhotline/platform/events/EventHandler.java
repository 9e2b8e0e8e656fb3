package cn.summerhotline.platform.events;

/**
 * What a consumer does with one event. Throwing makes the event be tried again, up to
 * {@code summer.events.consumer.max-deliveries} attempts, then dead-lettered; it must therefore be idempotent
 * (see {@link AppliedEvents}).
 *
 * @param <T> the consumer's own type for the event's data
 */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(ReceivedEvent event, T data) throws Exception;
}
