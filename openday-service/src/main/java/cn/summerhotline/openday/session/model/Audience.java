package cn.summerhotline.openday.session.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/**
 * Who a session's places are set aside for (seed 附件1): the public, invited deputies and committee members,
 * students, the media. Each has a quota of its own inside the session's capacity.
 */
public enum Audience implements Labelled {
    PUBLIC(new Label("市民", "Public")),
    INVITED(new Label("受邀人大代表和政协委员", "Invited deputies and committee members")),
    STUDENTS(new Label("学生", "Students")),
    MEDIA(new Label("媒体", "Media"));

    private final Label label;

    Audience(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
