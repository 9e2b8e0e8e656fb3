package cn.summerhotline.review.workflow.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ReviewItem} is and where its review stands, as anyone may read it: what it is the review of, which
 * nothing changes (final), and its state and parts, which only the item's rules change, swapping each part (its
 * {@link ContentVersions}, {@link History}, {@link PublicReports}) whole. Kept apart from the rules so that those
 * read as the aggregate's transitions and nothing else.
 */
abstract sealed class ReviewItemState permits ReviewItem {

    private final String id;
    private final String source;
    private final String contentId;
    private final Origin origin;
    private final long version;
    ReviewStatus status;
    ReviewLevel level;
    Instant levelSince;
    ContentVersions versions = ContentVersions.NONE;
    History history = History.NONE;
    PublicReports reports = PublicReports.NONE;

    ReviewItemState(String id, String source, String contentId, Origin origin, long version) {
        this.id = Objects.requireNonNull(id);
        this.source = source;
        this.contentId = contentId;
        this.origin = origin;
        this.version = version;
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String contentId() {
        return contentId;
    }

    public Origin origin() {
        return origin;
    }

    public ReviewStatus status() {
        return status;
    }

    /** The level a pending item waits at; for the others, the last level it reached. */
    public ReviewLevel level() {
        return level;
    }

    /** When the item entered its present level. */
    public Instant levelSince() {
        return levelSince;
    }

    /** The latest version, the one under review or published. */
    public ContentVersion current() {
        return versions.current();
    }

    /** Whether the submission brings content this item does not hold yet (see {@link ContentVersions#isNew}). */
    public boolean isNewVersion(Submission submission) {
        return versions.isNew(submission);
    }

    public List<ContentVersion> versions() {
        return versions.all();
    }

    public List<HistoryEntry> history() {
        return history.entries();
    }

    /** Every report the item received, oldest first, one per client. */
    public List<Report> reports() {
        return reports.all();
    }

    /** The client's report of this item, if they made one. */
    public Optional<Report> reportBy(String client) {
        return reports.by(client);
    }

    /** The reports received since the item was last published (see {@link History#reportsSincePublished()}). */
    public int reportsSincePublished() {
        return history.reportsSincePublished();
    }

    /** The history entry that hid the item, while it is HIDDEN. */
    public Optional<HistoryEntry> hiding() {
        return status == ReviewStatus.HIDDEN ? history.lastHiding() : Optional.empty();
    }

    /** The version the item was read at: the store changes it only if it is still at this one. */
    public long version() {
        return version;
    }

    public ReviewItemSnapshot snapshot() {
        return new ReviewItemSnapshot(
                id,
                source,
                contentId,
                origin,
                status,
                level,
                levelSince,
                versions.all(),
                history.entries(),
                reports.all(),
                version);
    }
}
