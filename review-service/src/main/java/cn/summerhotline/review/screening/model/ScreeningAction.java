package cn.summerhotline.review.screening.model;

/** What a match does to an item: BLOCK rejects it at once with the reason, FLAG shows it to the reviewer. */
public enum ScreeningAction {
    BLOCK,
    FLAG
}
