package cn.summerhotline.openday.cloud.model;

/** One bar of a release's chart: a label (a district, a month, a category) and its figure. */
public record ChartPoint(String series, String label, double value) {}
