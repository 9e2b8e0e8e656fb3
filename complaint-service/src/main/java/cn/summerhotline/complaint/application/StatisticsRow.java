package cn.summerhotline.complaint.application;

/**
 * One group of the statistics. {@code handledOnTime} counts cases resolved by their deadline, {@code overdue}
 * those that went past it at some point; {@code averageSatisfaction} is null when nobody rated.
 */
public record StatisticsRow(
        String key,
        long received,
        long handledOnTime,
        long replied,
        long overdue,
        long rated,
        Double averageSatisfaction) {}
