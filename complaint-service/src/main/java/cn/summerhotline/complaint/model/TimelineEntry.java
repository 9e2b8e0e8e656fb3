package cn.summerhotline.complaint.model;

import java.time.Instant;

/** One recorded step: who, when, what, and the status it left the complaint in. */
public record TimelineEntry(Instant at, Step step, Status status, String actor, String unit, String note) {}
