package cn.summerhotline.review.report.web;

/**
 * Where the public reports. {@code /api/v1/reviews/reports} is the review API's own path; the same operation also
 * answers under {@code /api/v1/reviews/public/}, the namespace where every service keeps its public endpoints and
 * which the gateway has opened for reports since its first version, so that neither path leads nowhere.
 */
final class ReportPaths {

    static final String REPORTS = "/api/v1/reviews/reports";
    static final String PUBLIC_REPORTS = "/api/v1/reviews/public/reports";

    private ReportPaths() {}
}
