package cn.summerhotline.platform.events.store;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * The conventions of every stored value an {@link AggregateMapping} writes by hand: enums by name, instants as
 * BSON dates, absent values left out rather than stored as null, numbers read whatever their width, lists of
 * entries as lists of sub-documents.
 */
public final class StoredValues {

    private StoredValues() {}

    /** A field with no value is left out rather than stored as null. */
    public static void put(Document d, String key, Object value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }

    /** Numbers as any BSON number type, 0 when absent: older documents or other writers may differ in width. */
    public static Number number(Document d, String key) {
        Object value = d.get(key);
        return value == null ? 0 : (Number) value;
    }

    public static <T> List<Document> each(List<T> values, Function<T, Document> write) {
        return values.stream().map(write).toList();
    }

    public static <T> List<T> list(Document d, String key, Function<Document, T> element) {
        List<Document> documents = d.getList(key, Document.class);
        return documents == null ? List.of() : documents.stream().map(element).toList();
    }
}
