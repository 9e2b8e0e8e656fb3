package cn.summerhotline.openday.session.model;

import java.util.List;

/** A session that cannot be planned as asked: which rule, on which field, with the figures for the message. */
public final class SessionRuleViolation extends RuntimeException {

    /** The rules of a session's figures; each has a message {@code session.rule.<RULE>}. */
    public enum Rule {
        ENDS_BEFORE_START,
        CAPACITY_RANGE,
        QUOTA_RANGE,
        QUOTAS_ABOVE_CAPACITY,
        NO_PLACES
    }

    private final Rule rule;
    private final String field;
    private final transient List<Object> arguments;

    public SessionRuleViolation(Rule rule, String field, Object... arguments) {
        super(rule + " on " + field);
        this.rule = rule;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public Rule rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
