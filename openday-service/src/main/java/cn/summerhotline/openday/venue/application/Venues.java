package cn.summerhotline.openday.venue.application;

import cn.summerhotline.openday.venue.model.Venue;
import java.util.List;
import java.util.Optional;

/** The venues of every year's open day. */
public interface Venues {

    Optional<Venue> byId(String id);

    /** A year's venues, the main venue first, then by host unit. */
    List<Venue> ofYear(int year);

    /** Creates the venue or replaces the one with its id. */
    void save(Venue venue);

    /**
     * Stores a new venue unless one with its id is there; false, changing nothing, when it is, or when it is a
     * second main venue of its year (one replica's seed racing another's, or two admins at once).
     */
    boolean add(Venue venue);
}
