package cn.summerhotline.openday.model;

/** The eight online sections of the cloud open day (附件2, "2 + 8 + 20"), in the plan's order. */
public enum CloudSection {
    ACHIEVEMENTS_REVIEW("成果回顾", "Achievements review"),
    PEOPLE("人物风采", "People"),
    YANGTZE_RIVER_DELTA("长三角一体化", "Yangtze River Delta integration"),
    RED_CLASSICS("红色经典", "Red classics"),
    INTERACTIVE_GAMES("互动游戏", "Interactive games"),
    LEGAL_KNOWLEDGE("普法知识", "Legal knowledge"),
    CITIZENS_STORIES("我眼中的城管", "Chengguan (city management officers) in my eyes"),
    LIVE_STREAMS("活动直播", "Live streams");

    private final String titleZh;
    private final String titleEn;

    CloudSection(String titleZh, String titleEn) {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }
}
