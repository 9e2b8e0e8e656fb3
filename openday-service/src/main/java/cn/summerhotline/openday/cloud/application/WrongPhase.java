package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudPhase;

/** What was asked is not open in the year's current phase (409 {@code wrong-phase}). */
public class WrongPhase extends RuntimeException {

    private final int year;
    private final CloudPhase phase;

    public WrongPhase(int year, CloudPhase phase) {
        super("not open in the " + phase + " phase of " + year);
        this.year = year;
        this.phase = phase;
    }

    public int year() {
        return year;
    }

    public CloudPhase phase() {
        return phase;
    }
}
