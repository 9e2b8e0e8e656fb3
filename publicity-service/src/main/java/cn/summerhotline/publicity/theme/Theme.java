package cn.summerhotline.publicity.theme;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The four themes (专题) the publicity projects are grouped in, in the plan's order. */
public enum Theme implements Labelled {
    NATIONAL_STRATEGY(1, "凝心聚力助推国家战略", "Rallying behind national strategies"),
    PEOPLES_LIVELIHOOD(2, "全心全意办好民生实事", "Wholeheartedly doing practical things for citizens"),
    INDUSTRY_DEVELOPMENT(3, "整合融合推动行业发展", "Integration driving the profession forward"),
    RED_STORIES(4, "传播演绎行业红色故事", "Telling the profession's red stories");

    private final int number;
    private final Label label;

    Theme(int number, String zh, String en) {
        this.number = number;
        this.label = new Label(zh, en);
    }

    public int number() {
        return number;
    }

    @Override
    public Label label() {
        return label;
    }
}
