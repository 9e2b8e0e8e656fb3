package cn.summerhotline.openday.venue.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The open day has one main venue (Songjiang in 2021) and sub-venues at the corps, the districts and squads. */
public enum VenueKind implements Labelled {
    MAIN(new Label("主会场", "Main venue")),
    SUB(new Label("分会场", "Sub-venue"));

    private final Label label;

    VenueKind(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
