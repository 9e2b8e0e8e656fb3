package cn.summerhotline.review.screening.application;

import cn.summerhotline.review.screening.model.ScreeningAction;

/** An entry to add, as the caller wrote it: checked by {@link ManageScreeningWords}. */
public record NewWord(String word, String tag, ScreeningAction action) {}
