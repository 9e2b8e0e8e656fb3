package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where complaints are kept. Every change of one complaint and its events is stored in one atomic write. */
public interface Complaints {

    Optional<Complaint> byId(String id);

    Optional<Complaint> byTrackingNumber(String trackingNumber);

    /** Stores a new complaint with its events; false when its tracking number is already taken. */
    boolean add(Complaint complaint);

    /**
     * Stores the changes made to a complaint and its events, unless someone changed it since it was read;
     * returns the stored complaint, or empty on such a conflict.
     */
    Optional<Complaint> update(Complaint complaint);

    Page<Complaint> find(ComplaintFilter filter, int page, int size);

    /** Visits every complaint of the filter, newest first, up to {@code limit} of them. */
    void forEach(ComplaintFilter filter, int limit, Consumer<Complaint> visitor);

    /** Complaints still awaiting handling whose deadline has passed and that are not yet marked overdue. */
    List<Complaint> pastDeadlineNotMarked(Instant now, int limit);

    /** Complaints merged into the given one. */
    List<Complaint> mergedInto(String primaryId);

    List<StatisticsRow> statistics(StatisticsQuery query);
}
