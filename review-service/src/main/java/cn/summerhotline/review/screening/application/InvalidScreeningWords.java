package cn.summerhotline.review.screening.application;

import cn.summerhotline.review.screening.model.ScreeningWordRejected;
import java.util.List;

/** A request whose entries break the list's rules: every broken rule, each with the field as the caller named it. */
public class InvalidScreeningWords extends RuntimeException {

    /**
     * @param field the field as the caller wrote it, e.g. {@code entries[2].word}
     * @param rule a rule of {@link ScreeningWordRejected.Rule} or one of the request's own
     *     ({@code DUPLICATE}, {@code BATCH_SIZE}, {@code EITHER})
     * @param arguments the rule's limit, or the field it clashes with
     */
    public record Violation(String field, String rule, List<Object> arguments) {}

    private final transient List<Violation> violations;

    public InvalidScreeningWords(List<Violation> violations) {
        super("Invalid entries: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidScreeningWords of(String field, String rule, Object... arguments) {
        return new InvalidScreeningWords(List.of(new Violation(field, rule, List.of(arguments))));
    }

    public List<Violation> violations() {
        return violations;
    }
}
