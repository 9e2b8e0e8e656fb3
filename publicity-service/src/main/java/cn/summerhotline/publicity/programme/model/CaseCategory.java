package cn.summerhotline.publicity.programme.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;
import java.util.Arrays;

/**
 * The complaint categories a project's case studies may be drawn from: this service's own copy of
 * complaint-service's category codes (no shared jar of business types), with their labels.
 */
public enum CaseCategory implements Labelled {
    NIGHT_CONSTRUCTION_NOISE("夜间施工噪声", "Night-time construction noise"),
    STREET_VENDING("跨门营业、设摊", "Street vending"),
    COOKING_FUMES_AND_NIGHT_NOISE("餐饮油烟及夜间噪声", "Cooking fumes and night noise"),
    GROUP_RENTING("群租", "Group renting"),
    CONSTRUCTION_WASTE_DUMPING("渣土偷乱倒", "Construction waste dumping"),
    SOLID_WASTE("固体废物", "Solid waste"),
    HISTORIC_BUILDING_IN_ESTATE("小区历史建筑保护", "Historic buildings in estates"),
    CONSTRUCTION_SITE_CONDUCT("文明施工", "Construction-site conduct"),
    STREET_APPEARANCE("市容环境", "Street appearance"),
    OTHER("其他", "Other");

    private final Label label;

    CaseCategory(String zh, String en) {
        this.label = new Label(zh, en);
    }

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(c -> c.name().equals(code));
    }

    @Override
    public Label label() {
        return label;
    }
}
