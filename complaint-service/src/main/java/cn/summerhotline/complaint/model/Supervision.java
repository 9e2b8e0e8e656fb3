package cn.summerhotline.complaint.model;

import java.time.Instant;

/** The city bureau's supervision (督办) of a case: a note and the new deadline it set. */
public record Supervision(String note, Instant dueAt, Instant at, String by) {}
