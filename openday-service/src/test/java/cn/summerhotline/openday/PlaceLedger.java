package cn.summerhotline.openday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * What a session's books say, read straight from the store: its counter and its registrations. {@link #balances}
 * asserts what must hold whatever raced: no quota or capacity exceeded, each place counted once (the holders are
 * exactly the confirmed registrations, their parties exactly the counts), nothing left pending, and no free place
 * while a waiting party would fit it.
 */
public record PlaceLedger(Document counter, List<Document> registrations) {

    public static PlaceLedger of(MongoOperations mongo, String sessionId) {
        return new PlaceLedger(
                mongo.findById(sessionId, Document.class, "session_places"),
                mongo.find(query(where("sessionId").is(sessionId)), Document.class, "registrations"));
    }

    public List<Document> inStatus(String status) {
        return registrations.stream()
                .filter(r -> status.equals(r.getString("status")))
                .toList();
    }

    /** People confirmed in the audience, counted from the registrations. */
    public int confirmed(String audience) {
        return inStatus("CONFIRMED").stream()
                .filter(r -> audience.equals(r.getString("audience")))
                .mapToInt(r -> r.getInteger("partySize"))
                .sum();
    }

    /** The audience's waiting list by ticket. */
    public List<Document> waiting(String audience) {
        return inStatus("WAITLISTED").stream()
                .filter(r -> audience.equals(r.getString("audience")))
                .sorted(Comparator.comparingLong(r -> ((Number) r.get("waitTicket")).longValue()))
                .toList();
    }

    public void balances() {
        Document quota = counter.get("quota", Document.class);
        Document taken = counter.get("taken", Document.class);
        Document holders = counter.get("holders", Document.class);
        int capacity = counter.getInteger("capacity");
        int total = counter.getInteger("total");
        assertThat(inStatus("PENDING")).as("registrations left pending").isEmpty();
        assertThat(total).as("places taken in all").isLessThanOrEqualTo(capacity);
        int sum = 0;
        for (String audience : quota.keySet()) {
            int inAudience = taken.getInteger(audience);
            sum += inAudience;
            assertThat(inAudience).as("places taken of " + audience).isLessThanOrEqualTo(quota.getInteger(audience));
            assertThat(confirmed(audience))
                    .as("people confirmed in " + audience + " = places counted")
                    .isEqualTo(inAudience);
            int free = Math.min(quota.getInteger(audience) - inAudience, capacity - total);
            assertThat(waiting(audience).stream().filter(w -> w.getInteger("partySize") <= free))
                    .as("waiting parties of " + audience + " that would fit the " + free + " free places")
                    .isEmpty();
        }
        assertThat(sum).as("the audiences' places add up to the total").isEqualTo(total);
        Map<String, Integer> confirmedParties = inStatus("CONFIRMED").stream()
                .collect(Collectors.toMap(r -> r.getString("_id"), r -> r.getInteger("partySize")));
        Map<String, Integer> held = new HashMap<>();
        holders.forEach((id, party) -> held.put(id, ((Number) party).intValue()));
        assertThat(held).as("holders of places = confirmed registrations").isEqualTo(confirmedParties);
    }
}
