package cn.summerhotline.publicity.refusals;

/**
 * A use case's refusal, free of the web: what kind it is, the problem type's slug, the message code of the
 * bundles and its arguments. {@code refusals.web.RefusalProblems} answers it as problem+json in the caller's
 * language (404 for a record that is missing or not the caller's to see: the two look alike).
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        INVALID,
        FORBIDDEN,
        CONFLICT
    }

    private final Kind kind;
    private final String type;
    private final String code;
    private final transient Object[] arguments;

    private Refusal(Kind kind, String type, String code, Object... arguments) {
        super(kind + " " + code);
        this.kind = kind;
        this.type = type;
        this.code = code;
        this.arguments = arguments;
    }

    /** No such record, or not the caller's: {@code entity} names the kind of record ({@code entity.<entity>}). */
    public static Refusal notFound(String entity, Object reference) {
        return new Refusal(Kind.NOT_FOUND, "not-found", entity, reference);
    }

    public static Refusal invalid(String code, Object... arguments) {
        return new Refusal(Kind.INVALID, "invalid-request", code, arguments);
    }

    public static Refusal forbidden(String type, String code, Object... arguments) {
        return new Refusal(Kind.FORBIDDEN, type, code, arguments);
    }

    public static Refusal conflict(String type, String code, Object... arguments) {
        return new Refusal(Kind.CONFLICT, type, code, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
