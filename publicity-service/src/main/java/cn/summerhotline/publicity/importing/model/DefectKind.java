package cn.summerhotline.publicity.importing.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** What an imported plan can get wrong; each kind is reported, none hidden. */
public enum DefectKind implements Labelled {
    MISSING_FIELD(Severity.ERROR, "缺少必填内容", "Missing field"),
    DUPLICATE_NUMBER(Severity.ERROR, "项目编号重复", "Duplicate project number"),
    UNKNOWN_THEME(Severity.ERROR, "专题不存在", "Unknown theme"),
    UNKNOWN_DEPARTMENT(Severity.ERROR, "部门不在组织名录中", "Unknown department"),
    INVALID_PERIOD(Severity.ERROR, "宣传时间无法识别", "Unreadable period"),
    INVALID_CATEGORY(Severity.ERROR, "投诉类别不存在", "Unknown complaint category"),
    PERIOD_OUTSIDE_CAMPAIGN(Severity.WARNING, "宣传时间不在活动期内", "Period outside the campaign"),
    DUPLICATE_TITLE_AND_DEPARTMENT(
            Severity.WARNING, "项目名称和落实部门与另一项目相同", "Same title and department as another project"),
    TEXT_ABOUT_ANOTHER_UNIT(Severity.WARNING, "项目内容所述单位与落实部门不符", "Text about another unit than the implementing one"),
    THEME_WITHOUT_PROJECTS(Severity.WARNING, "专题下没有项目", "Theme without projects");

    private final Severity severity;
    private final Label label;

    DefectKind(Severity severity, String zh, String en) {
        this.severity = severity;
        this.label = new Label(zh, en);
    }

    public Severity severity() {
        return severity;
    }

    @Override
    public Label label() {
        return label;
    }
}
