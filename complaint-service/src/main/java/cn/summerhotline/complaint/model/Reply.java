package cn.summerhotline.complaint.model;

import java.time.Instant;

/**
 * The answer given back to the citizen (回音). {@code fromCase} is set on a merged case that received the answer
 * of the case it was merged into.
 */
public record Reply(String message, ReplyChannel channel, Instant at, String by, String fromCase) {}
