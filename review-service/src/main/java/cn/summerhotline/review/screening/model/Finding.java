package cn.summerhotline.review.screening.model;

/** Where a detector found something: {@code start} inclusive, {@code end} exclusive, in the text it was given. */
public record Finding(MatchKind kind, int start, int end) {}
