package cn.summerhotline.complaint.model;

import java.time.Duration;

/**
 * The kinds of complaint the summer campaign names (DOMAIN.md, Complaints), each with the time a district
 * bureau has to handle it unless the campaign configures another.
 */
public enum Category {
    NIGHT_CONSTRUCTION_NOISE("夜间施工噪声", "Night-time construction noise", Duration.ofDays(1)),
    STREET_VENDING("跨门营业、设摊", "Street vending", Duration.ofDays(3)),
    COOKING_FUMES_AND_NIGHT_NOISE("餐饮油烟及夜间噪声", "Cooking fumes and night noise", Duration.ofDays(3)),
    GROUP_RENTING("群租", "Group renting", Duration.ofDays(7)),
    CONSTRUCTION_WASTE_DUMPING("渣土偷乱倒", "Construction waste dumping", Duration.ofDays(3)),
    SOLID_WASTE("固体废物", "Solid waste", Duration.ofDays(5)),
    HISTORIC_BUILDING_IN_ESTATE("小区历史建筑保护", "Historic buildings in estates", Duration.ofDays(15)),
    CONSTRUCTION_SITE_CONDUCT("文明施工", "Construction-site conduct", Duration.ofDays(5)),
    STREET_APPEARANCE("市容环境", "Street appearance", Duration.ofDays(5)),
    OTHER("其他", "Other", Duration.ofDays(7));

    private final String nameZh;
    private final String nameEn;
    private final Duration defaultHandlingTime;

    Category(String nameZh, String nameEn, Duration defaultHandlingTime) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.defaultHandlingTime = defaultHandlingTime;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Duration defaultHandlingTime() {
        return defaultHandlingTime;
    }
}
