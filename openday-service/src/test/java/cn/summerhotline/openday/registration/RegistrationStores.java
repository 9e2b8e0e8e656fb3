package cn.summerhotline.openday.registration;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** Empties the collections of sessions, registrations and check-ins (keeping their unique indexes). */
public final class RegistrationStores {

    private RegistrationStores() {}

    public static void clean(MongoOperations mongo) {
        for (String collection :
                new String[] {"sessions", "session_places", "registrations", "checkins", "idempotencyKeys", "venues"}) {
            mongo.remove(new Query(), collection);
        }
    }
}
