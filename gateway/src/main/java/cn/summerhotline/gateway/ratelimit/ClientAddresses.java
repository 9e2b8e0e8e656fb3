package cn.summerhotline.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Set;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a limit applies to. {@code X-Forwarded-For} is believed only when the connection comes
 * from a trusted proxy, and then only its right-most entry that is not itself a trusted proxy: the
 * entries left of it are whatever the client chose to send.
 */
public final class ClientAddresses {

    private final Set<String> trustedProxies;

    public ClientAddresses(Iterable<String> trustedProxies) {
        java.util.HashSet<String> set = new java.util.HashSet<>();
        trustedProxies.forEach(proxy -> set.add(proxy.trim()));
        this.trustedProxies = Set.copyOf(set);
    }

    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
        if (trustedProxies.isEmpty() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
