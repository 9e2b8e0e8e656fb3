package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.PossibleDuplicate;
import cn.summerhotline.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Lists and reads complaints within the caller's scope. */
@Component
public class FindComplaints {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_EXPORT_ROWS = 50_000;

    private final Complaints complaints;

    public FindComplaints(Complaints complaints) {
        this.complaints = complaints;
    }

    public Page<Complaint> list(Caller caller, ComplaintFilter filter, int page, int size) {
        return complaints.find(Access.scope(caller, filter), page, size);
    }

    public Complaint get(Caller caller, String id) {
        caller.requireAny(Access.READERS);
        return complaints.byId(id).filter(c -> Access.mayRead(caller, c)).orElseThrow(() -> new ComplaintNotFound(id));
    }

    /**
     * The possible duplicates of a complaint that the caller may read themselves: their ids and tracking numbers
     * are not shown to anyone who may not open those cases (media, the anonymous web form).
     */
    public List<PossibleDuplicate> visibleDuplicates(Caller caller, Complaint complaint) {
        List<PossibleDuplicate> all = complaint.snapshot().possibleDuplicates();
        if (all.isEmpty() || !caller.authenticated()) {
            return List.of();
        }
        if (Access.cityWide(caller)) {
            return all;
        }
        return all.stream()
                .filter(d -> complaints
                        .byId(d.complaintId())
                        .filter(c -> Access.mayRead(caller, c))
                        .isPresent())
                .toList();
    }

    /**
     * The complaints of an export, newest first, to be visited later (while the file is written); who may
     * export what is checked now, before anything is written.
     */
    public Consumer<Consumer<Complaint>> export(Caller caller, ComplaintFilter filter) {
        caller.requireAny(Access.ANALYSTS);
        return all(caller, filter);
    }

    /** Every complaint of the filter within the caller's scope, newest first, visited later. */
    public Consumer<Consumer<Complaint>> all(Caller caller, ComplaintFilter filter) {
        ComplaintFilter scoped = Access.scope(caller, filter);
        return visitor -> complaints.forEach(scoped, MAX_EXPORT_ROWS, visitor);
    }

    /**
     * Up to {@code limit} complaints of the filter for a public read (GeoReport's request list): whoever calls
     * this shows their public fields only.
     */
    public Consumer<Consumer<Complaint>> publicly(ComplaintFilter filter, int limit) {
        return visitor -> complaints.forEach(filter, limit, visitor);
    }

    /** One complaint for a public read; see {@link #publicly(ComplaintFilter, int)}. */
    public Optional<Complaint> publicly(String id) {
        return complaints.byId(id);
    }
}
