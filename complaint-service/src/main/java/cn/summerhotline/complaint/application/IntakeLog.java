package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Location;
import java.time.Instant;
import java.util.List;

/**
 * A short log of recent intake per category and district, where new complaints look for possible duplicates
 * without scanning all complaints (the embedded store has no usable secondary indexes). It is a hint: a
 * complaint missing from it is merely not offered as a duplicate.
 */
public interface IntakeLog {

    void record(Complaint complaint);

    /** Complaints of the category received for the district (null: none given) in [from, to], newest first. */
    List<Entry> between(Category category, String district, Instant from, Instant to);

    record Entry(String complaintId, String trackingNumber, Location location, String address, Instant receivedAt) {}
}
