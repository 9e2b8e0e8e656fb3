package cn.summerhotline.complaint.application;

/**
 * A change given up after several attempts because the complaint (or a case of a merge) kept changing under it.
 * Nothing was changed; the caller may simply try again.
 */
public class ConcurrentUpdate extends RuntimeException {

    private final boolean merge;

    private ConcurrentUpdate(boolean merge, String message) {
        super(message);
        this.merge = merge;
    }

    static ConcurrentUpdate of(String complaint) {
        return new ConcurrentUpdate(false, "Complaint " + complaint + " kept changing");
    }

    static ConcurrentUpdate ofMerge(String duplicate, String primary) {
        return new ConcurrentUpdate(true, "Complaints " + duplicate + " and " + primary + " kept changing");
    }

    /** Whether it was a merge, whose two cases the caller reads about, rather than one complaint. */
    public boolean merge() {
        return merge;
    }
}
