package cn.summerhotline.gateway.access;

import java.time.Instant;
import java.util.List;

/**
 * Who a verified token speaks for, with the claims of docs/ARCHITECTURE.md and its expiry, which bounds how
 * long the gateway remembers it. The services' {@code Caller} (platform) is built from the same claims by each
 * service on its own: the gateway runs on WebFlux and shares no code with them.
 */
public record VerifiedToken(String subject, List<String> roles, String unit, String squad, Instant expiresAt) {}
