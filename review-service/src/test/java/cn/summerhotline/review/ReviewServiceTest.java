package cn.summerhotline.review;

import cn.summerhotline.testsupport.ServiceTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole review-service (one Spring context for every class that uses it), its pre-screen scripted
 * by {@link ScriptedScreening}. The outbox relay has no schedule worth waiting for (a pass an hour, no sweeps):
 * every event a test sees left at once, woken by the write that stored it, as a takedown must.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceTest(properties = {"summer.events.relay.interval=1h", "summer.events.relay.sweep-interval=1h"})
@Import(ScriptedScreening.Configuration.class)
public @interface ReviewServiceTest {}
