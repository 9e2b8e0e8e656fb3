package cn.summerhotline.publicity.coverage.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The kinds of outlet the plan invites (附件1: 中央驻沪新闻机构, 上海广播电视台, 上海报业集团, 互联网新媒体, 独立媒体). */
public enum OutletKind implements Labelled {
    CENTRAL_MEDIA_IN_SHANGHAI("中央驻沪媒体", "Central media in Shanghai"),
    CITY_TV("上海广播电视台", "City TV (SMG)"),
    NEWSPAPER_GROUP("上海报业集团", "Newspaper group"),
    NEW_MEDIA("互联网新媒体", "New media"),
    INDEPENDENT("独立媒体", "Independent media");

    private final Label label;

    OutletKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
