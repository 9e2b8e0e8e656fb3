package cn.summerhotline.complaint.infrastructure;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Stored documents as readable JSON that keeps their BSON types: relaxed extended JSON (dates as ISO text), with
 * 64-bit integers marked as such, so that a {@code long} written as an {@code int} shows as a difference.
 */
final class GoldenJson {

    private static final JsonWriterSettings SETTINGS = JsonWriterSettings.builder()
            .outputMode(JsonMode.RELAXED)
            .indent(true)
            .int64Converter((value, writer) -> {
                writer.writeStartObject();
                writer.writeString("$numberLong", Long.toString(value));
                writer.writeEndObject();
            })
            .build();

    private GoldenJson() {}

    static String of(Document document) {
        return document.toJson(SETTINGS);
    }
}
