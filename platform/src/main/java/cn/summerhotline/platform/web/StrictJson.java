package cn.summerhotline.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the API documents it, nothing looser: Jackson by default stores a number sent for a string,
 * takes epoch seconds for a date and a string for a coordinate. Here a value of the wrong JSON type, a
 * date outside {@link BoundedDates}, a control character in a text, trailing content or a null for a
 * number is refused (400 {@code malformed-request} naming the field), so that what is stored is what the
 * client meant.
 */
final class StrictJson {

    private StrictJson() {}

    static void configure(JsonMapper.Builder builder) {
        builder.enable(
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> refuse(
                                config,
                                CoercionInputShape.String,
                                CoercionInputShape.Float,
                                CoercionInputShape.Boolean,
                                CoercionInputShape.EmptyString))
                .withCoercionConfig(
                        LogicalType.Float,
                        config -> refuse(
                                config,
                                CoercionInputShape.String,
                                CoercionInputShape.Boolean,
                                CoercionInputShape.EmptyString))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> refuse(
                                config,
                                CoercionInputShape.String,
                                CoercionInputShape.Integer,
                                CoercionInputShape.Float,
                                CoercionInputShape.EmptyString))
                .withCoercionConfig(
                        LogicalType.Enum,
                        config -> refuse(
                                config,
                                CoercionInputShape.Integer,
                                CoercionInputShape.Float,
                                CoercionInputShape.EmptyString))
                .addModule(module());
    }

    private static void refuse(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    private static SimpleModule module() {
        return new SimpleModule("summer-strict-json")
                .addDeserializer(String.class, new StrictString())
                .addDeserializer(Instant.class, new StrictDate<>(Instant.class, StrictJson::instant))
                .addDeserializer(OffsetDateTime.class, new StrictDate<>(OffsetDateTime.class, OffsetDateTime::parse))
                .addDeserializer(ZonedDateTime.class, new StrictDate<>(ZonedDateTime.class, ZonedDateTime::parse))
                .addDeserializer(LocalDate.class, new StrictDate<>(LocalDate.class, LocalDate::parse))
                .addDeserializer(LocalDateTime.class, new StrictDate<>(LocalDateTime.class, LocalDateTime::parse));
    }

    private static Instant instant(String text) {
        // With an offset (2021-07-15T09:30:00+08:00) as the API documents, or in UTC (…Z).
        return text.endsWith("Z") || text.endsWith("z")
                ? Instant.parse(text)
                : OffsetDateTime.parse(text).toInstant();
    }

    /** Only a JSON string is a string, and it carries no control characters but tab and line breaks. */
    static final class StrictString extends StdScalarDeserializer<String> {

        StrictString() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            if (hasRefusedControl(text)) {
                return context.reportInputMismatch(this, "control character in a text");
            }
            return text;
        }
    }

    /**
     * Control characters but tab and line breaks: they corrupt XML (Open311), spreadsheets and logs, and no
     * citizen types them.
     */
    static boolean hasRefusedControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /** Dates only as ISO 8601 strings within {@link BoundedDates}: no epoch numbers, no year 999999999. */
    static final class StrictDate<T extends java.time.temporal.TemporalAccessor> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;

        StrictDate(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            try {
                return BoundedDates.check(parse.apply(parser.getString().trim()));
            } catch (DateTimeException e) {
                return context.reportInputMismatch(
                        this, "not an ISO 8601 date within %d-%d", BoundedDates.MIN_YEAR, BoundedDates.MAX_YEAR);
            }
        }
    }
}
