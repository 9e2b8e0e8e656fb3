package cn.summerhotline.complaint.model;

/**
 * Only the one who holds the rating code handed out in the receipt may rate the answer. After {@link
 * Rating#MAX_WRONG_CODES} wrong codes the case takes no rating any more, not even with the right code: a guesser
 * learns nothing from further tries. {@code code} is null for cases taken without one (they cannot be rated by
 * code).
 */
public record RatingLock(String code, int wrongCodes) {

    static RatingLock of(String code) {
        return new RatingLock(code, 0);
    }

    public boolean locked() {
        return wrongCodes >= Rating.MAX_WRONG_CODES;
    }

    public boolean accepts(String tried) {
        return !locked() && code != null && code.equals(tried);
    }

    RatingLock afterWrongCode() {
        return new RatingLock(code, wrongCodes + 1);
    }
}
