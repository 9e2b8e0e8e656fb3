package cn.summerhotline.publicity.model;

/** The four themes (专题) the publicity projects are grouped in, in the plan's order. */
public enum Theme {
    NATIONAL_STRATEGY(1, "凝心聚力助推国家战略", "Rallying behind national strategies"),
    PEOPLES_LIVELIHOOD(2, "全心全意办好民生实事", "Wholeheartedly doing practical things for citizens"),
    INDUSTRY_DEVELOPMENT(3, "整合融合推动行业发展", "Integration driving the profession forward"),
    RED_STORIES(4, "传播演绎行业红色故事", "Telling the profession's red stories");

    private final int number;
    private final String titleZh;
    private final String titleEn;

    Theme(int number, String titleZh, String titleEn) {
        this.number = number;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    public int number() {
        return number;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }
}
