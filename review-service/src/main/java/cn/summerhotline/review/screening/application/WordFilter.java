package cn.summerhotline.review.screening.application;

import cn.summerhotline.review.screening.model.ScreeningAction;

/** Which entries of the list to show: of one tag, of one action; null for any. */
public record WordFilter(String tag, ScreeningAction action) {}
