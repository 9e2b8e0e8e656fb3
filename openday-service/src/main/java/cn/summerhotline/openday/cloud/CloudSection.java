package cn.summerhotline.openday.cloud;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The eight online sections of the cloud open day (附件2, "2 + 8 + 20"), in the plan's order. */
public enum CloudSection implements Labelled {
    ACHIEVEMENTS_REVIEW("成果回顾", "Achievements review"),
    PEOPLE("人物风采", "People"),
    YANGTZE_RIVER_DELTA("长三角一体化", "Yangtze River Delta integration"),
    RED_CLASSICS("红色经典", "Red classics"),
    INTERACTIVE_GAMES("互动游戏", "Interactive games"),
    LEGAL_KNOWLEDGE("普法知识", "Legal knowledge"),
    CITIZENS_STORIES("我眼中的城管", "Chengguan (city management officers) in my eyes"),
    LIVE_STREAMS("活动直播", "Live streams");

    private final Label label;

    CloudSection(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
