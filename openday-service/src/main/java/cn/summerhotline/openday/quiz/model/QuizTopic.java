package cn.summerhotline.openday.quiz.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The interactive games' quizzes (附件2 二(五)): waste sorting, new enforcement matters, legal knowledge. */
public enum QuizTopic implements Labelled {
    WASTE_SORTING(new Label("垃圾分类", "Waste sorting")),
    NEW_ENFORCEMENT_MATTERS(new Label("新划转执法事项", "New enforcement matters")),
    LEGAL_KNOWLEDGE(new Label("法律知识", "Legal knowledge"));

    private final Label label;

    QuizTopic(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
