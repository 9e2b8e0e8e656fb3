package cn.summerhotline.openday.session.application;

import cn.summerhotline.openday.session.model.Session;
import java.util.List;
import java.util.Optional;

/** The sessions of every venue. */
public interface Sessions {

    void insert(Session session);

    Optional<Session> byId(String id);

    /** A venue's sessions by start time. */
    List<Session> ofVenue(String venueId);
}
