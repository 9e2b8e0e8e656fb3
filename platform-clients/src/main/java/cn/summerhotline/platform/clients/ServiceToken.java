package cn.summerhotline.platform.clients;

import java.util.Optional;

/**
 * The token a service calls another with when no caller's token is there to pass on (a scheduled job, an event
 * handler, a public endpoint). By default the pre-issued one of {@code summer.clients.service-token} (env {@code
 * SUMMER_SERVICE_TOKEN}); a service that gets its tokens otherwise, e.g. by client credentials from the identity
 * provider, declares its own bean.
 */
@FunctionalInterface
public interface ServiceToken {

    Optional<String> current();
}
