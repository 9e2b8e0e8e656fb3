package cn.summerhotline.complaint.model;

/** An earlier complaint of the same kind near the same address; {@code metres} is null when matched by address. */
public record PossibleDuplicate(String complaintId, String trackingNumber, Double metres) {}
