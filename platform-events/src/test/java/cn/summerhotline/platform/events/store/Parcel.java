package cn.summerhotline.platform.events.store;

import cn.summerhotline.platform.events.OutgoingEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/** A small aggregate for the store's tests: a status, an optional note, the events of its changes since read. */
record Parcel(String id, String status, String note, long version, List<OutgoingEvent> events) {

    static Parcel received(String id, String note) {
        return new Parcel(id, "received", note, 0, List.of(event(id, "received")));
    }

    Parcel change(String newStatus, String newNote, OutgoingEvent... newEvents) {
        return new Parcel(id, newStatus, newNote, version, List.of(newEvents));
    }

    static OutgoingEvent event(String id, String what) {
        return OutgoingEvent.of("parcel", what, OutgoingEvent.CITY, id, Map.of("parcelId", id));
    }

    /**
     * Writes the status and the note, declaring the fields it is given (too few, to show an undeclared one
     * refused), and keeps every document it reads, to show what the store hands it.
     */
    static final class Mapping implements AggregateMapping<Parcel> {

        private final Set<String> fields;
        private final List<Document> read;

        Mapping(Set<String> fields, List<Document> read) {
            this.fields = fields;
            this.read = read;
        }

        @Override
        public Object id(Parcel parcel) {
            return parcel.id();
        }

        @Override
        public long version(Parcel parcel) {
            return parcel.version();
        }

        @Override
        public Document write(Parcel parcel) {
            Document document = new Document("status", parcel.status());
            if (parcel.note() != null) {
                document.put("note", parcel.note());
            }
            return document;
        }

        @Override
        public Parcel read(Document document) {
            read.add(document);
            return new Parcel(
                    document.getString("_id"),
                    document.getString("status"),
                    document.getString("note"),
                    document.getLong(AggregateStore.VERSION),
                    List.of());
        }

        @Override
        public Set<String> fields() {
            return fields;
        }

        @Override
        public List<OutgoingEvent> events(Parcel parcel) {
            return parcel.events();
        }

        @Override
        public Parcel stored(Parcel parcel, long version) {
            return new Parcel(parcel.id(), parcel.status(), parcel.note(), version, List.of());
        }
    }
}
