package cn.summerhotline.openday.venue.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The activities a sub-venue runs, in the order of the plan (附件1 四(二) 1-5; "not limited to" them). */
public enum ActivityKind implements Labelled {
    /** Deputies, committee members, citizens and students watch daily work, try the equipment, join a forum. */
    ACHIEVEMENTS_DISPLAY(new Label("城管执法成效展示", "Achievements display")),
    /** Legal advice and help in communities, public spaces, office buildings and building sites. */
    VOLUNTEER_SERVICE(new Label("城管志愿者服务", "Volunteer service")),
    /** Performances showing the profession's spirit. */
    CULTURE_DISPLAY(new Label("城管执法文化展示", "Culture display")),
    /** Meeting citizens face to face and solving problems they raise ("我为群众办实事"). */
    PRACTICAL_HELP(new Label("城管为群众办实事", "Practical help for citizens")),
    /** The online open day, "2 + 8 + 20" (附件2). */
    CLOUD_OPEN_DAY(new Label("城管云上公众开放日", "Cloud open day"));

    private final Label label;

    ActivityKind(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
