package cn.summerhotline.openday.checkin.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.session.application.SessionFigures;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.util.EnumMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * A session's figures counted from the registrations (people confirmed and waitlisted) and the check-ins in force
 * (parties checked in, their people present). Lives here, the feature that sees both, so that neither the
 * session nor the registration feature depends on the check-ins.
 */
@Repository
class MongoSessionFigures implements SessionFigures {

    private final MongoOperations mongo;

    MongoSessionFigures(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<Audience, Tally> of(Session session) {
        int[][] counts = new int[Audience.values().length][4];
        Query registrations =
                query(where("sessionId").is(session.id()).and("status").in("CONFIRMED", "WAITLISTED"));
        registrations.fields().include("audience", "status", "partySize");
        for (Document r : mongo.find(registrations, Document.class, "registrations")) {
            int[] of = counts[Audience.valueOf(r.getString("audience")).ordinal()];
            int party = r.get("partySize", Number.class).intValue();
            of["CONFIRMED".equals(r.getString("status")) ? 0 : 1] += party;
        }
        Query present = query(where("sessionId").is(session.id()).and("active").is(true));
        present.fields().include("audience", "partySize");
        for (Document c : mongo.find(present, Document.class, MongoCheckins.COLLECTION)) {
            int[] of = counts[Audience.valueOf(c.getString("audience")).ordinal()];
            of[2] += 1;
            of[3] += c.get("partySize", Number.class).intValue();
        }
        Map<Audience, Tally> tallies = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            int[] of = counts[audience.ordinal()];
            tallies.put(audience, new Tally(of[0], of[1], of[2], of[3]));
        }
        return tallies;
    }
}
