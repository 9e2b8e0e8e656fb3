package cn.summerhotline.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Everything a service has stored, to compare before and after: what a refused request must not change.
 * The outbox and its lease are left out; the relay empties them on its own time.
 */
public record StoreSnapshot(Map<String, List<String>> collections) {

    private static final List<String> MOVING_FIELDS = List.of("outbox", "outboxLease");

    public static StoreSnapshot of(MongoTemplate mongo) {
        Map<String, List<String>> collections = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            List<String> documents = new ArrayList<>();
            for (Document document : mongo.getCollection(name).find()) {
                MOVING_FIELDS.forEach(document::remove);
                documents.add(document.toJson());
            }
            documents.sort(String::compareTo);
            collections.put(name, documents);
        }
        return new StoreSnapshot(collections);
    }
}
