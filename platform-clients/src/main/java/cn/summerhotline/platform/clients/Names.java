package cn.summerhotline.platform.clients;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A called service and one of its operations as message arguments, resolved in the caller's language:
 * {@code service.<name>} (the platform's bundles name the four services) and {@code client.<name>.<operation>}
 * (the calling service's own bundle), falling back to the plain names.
 */
final class Names {

    private Names() {}

    static MessageSourceResolvable service(String service) {
        return new DefaultMessageSourceResolvable(new String[] {"service." + service}, service);
    }

    static MessageSourceResolvable operation(String service, String operation) {
        return new DefaultMessageSourceResolvable(new String[] {"client." + service + "." + operation}, operation);
    }
}
