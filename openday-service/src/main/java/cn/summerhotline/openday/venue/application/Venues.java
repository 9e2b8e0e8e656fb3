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
}
