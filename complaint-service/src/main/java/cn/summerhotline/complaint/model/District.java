package cn.summerhotline.complaint.model;

import java.util.Arrays;
import java.util.Optional;

/** The sixteen district bureaus a complaint can be routed to; {@link #code()} is the token's {@code unit}. */
public enum District {
    HUANGPU("黄浦区"),
    XUHUI("徐汇区"),
    CHANGNING("长宁区"),
    JINGAN("静安区"),
    PUTUO("普陀区"),
    HONGKOU("虹口区"),
    YANGPU("杨浦区"),
    MINHANG("闵行区"),
    BAOSHAN("宝山区"),
    JIADING("嘉定区"),
    PUDONG("浦东新区"),
    JINSHAN("金山区"),
    SONGJIANG("松江区"),
    QINGPU("青浦区"),
    FENGXIAN("奉贤区"),
    CHONGMING("崇明区");

    private final String nameZh;

    District(String nameZh) {
        this.nameZh = nameZh;
    }

    public String code() {
        return name().toLowerCase();
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<District> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }

    public static boolean isKnown(String code) {
        return ofCode(code).isPresent();
    }
}
