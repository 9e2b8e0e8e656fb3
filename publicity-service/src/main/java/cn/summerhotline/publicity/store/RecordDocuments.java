package cn.summerhotline.publicity.store;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * A record snapshot as a stored document and back, through Spring Data's converter: enums by name, instants and
 * dates as BSON dates, nested records as sub-documents, {@code id} as {@code _id}; the type hint is left out (the
 * collection says what a document is). The aggregates of this service are small and read whole, so their
 * snapshots are written as they are rather than field by field.
 */
public final class RecordDocuments<S extends Record> {

    private final MongoConverter converter;
    private final Class<S> type;
    private final Set<String> fields;

    public RecordDocuments(MongoConverter converter, Class<S> type) {
        this.converter = converter;
        this.type = type;
        this.fields = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .map(name -> name.equals("id") ? "_id" : name)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Document write(S snapshot) {
        Document document = new Document();
        converter.write(snapshot, document);
        document.remove("_class");
        return document;
    }

    public S read(Document document) {
        return converter.read(type, document);
    }

    /** The stored names of the record's components. */
    public Set<String> fields() {
        return fields;
    }
}
