package cn.summerhotline.platform.clients;

import feign.Capability;
import feign.InvocationHandlerFactory;
import java.lang.reflect.InvocationHandler;
import java.time.Duration;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;

/**
 * The fallback every Feign client has without writing one: whatever keeps a call from its answer (the callee
 * down, too slow, failing, its breaker open) leaves the client as {@link DependencyUnavailable}, naming the
 * service (the client's name) and the operation (the method's), which the caller reads as 503 problem+json. A
 * refusal of the callee ({@link RemoteProblem} 4xx) stays what it is. A client that can do better (a cached
 * value, an empty list) still declares its own {@code fallback}: this only sees what that lets through.
 *
 * <p>A Feign capability wraps the invocation handler of every client, the circuit breaker's included, so it
 * needs no per-client configuration. Public only because Feign calls {@code enrich} reflectively.
 */
public final class UnavailableFallback implements Capability {

    private final Duration retryAfter;

    UnavailableFallback(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @Override
    public InvocationHandlerFactory enrich(InvocationHandlerFactory factory) {
        return (target, dispatch) -> {
            InvocationHandler handler = factory.create(target, dispatch);
            return (proxy, method, args) -> {
                try {
                    return handler.invoke(proxy, method, args);
                } catch (RuntimeException failure) {
                    if (method.getDeclaringClass() == Object.class) {
                        throw failure;
                    }
                    throw translate(target.name(), method.getName(), failure);
                }
            };
        };
    }

    private RuntimeException translate(String service, String operation, RuntimeException failure) {
        // Without a fallback of the client's own, the breaker hands on what happened wrapped in this.
        Throwable cause = failure instanceof NoFallbackAvailableException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof RemoteProblem problem && !problem.calleeFailed()) {
            return problem;
        }
        if (cause instanceof DependencyUnavailable unavailable) {
            return unavailable;
        }
        return new DependencyUnavailable(service, operation, retryAfter, cause);
    }
}
