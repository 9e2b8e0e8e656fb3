package cn.summerhotline.gateway.access;

import java.time.Instant;
import java.util.List;

/** Who a verified token speaks for, with the claims of docs/ARCHITECTURE.md. */
public record Caller(String subject, List<String> roles, String unit, String squad, Instant expiresAt) {}
