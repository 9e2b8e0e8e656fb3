package cn.summerhotline.review.screening.application;

import cn.summerhotline.review.screening.model.Screened;

/**
 * The pre-screen every item passes before its first reviewer: the city bureau's word lists (as they are on
 * this replica now) and the detectors of internal information.
 */
public interface Screening {

    Screened screen(String text);
}
