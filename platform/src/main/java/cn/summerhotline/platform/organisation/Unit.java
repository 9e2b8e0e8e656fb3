package cn.summerhotline.platform.organisation;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The bureau's organisation, as every service and the token's {@code unit} claim name it: the city bureau and the
 * two of its departments the campaign plan names, the enforcement corps, the sixteen district bureaus and the three
 * special units. Plain Java, so a service's domain model may use it; squads are not listed (each district keeps its
 * own, and a squad code such as {@code xuhui-tianping} starts with its district's code).
 */
public enum Unit implements Labelled {
    CITY("city", Kind.CITY_BUREAU, "上海市城市管理行政执法局", "City bureau"),
    CITY_OFFICE("city-office", Kind.CITY_DEPARTMENT, "市局办公室", "City bureau office"),
    CITY_COORDINATION("city-coordination", Kind.CITY_DEPARTMENT, "执法协调处", "Enforcement coordination division"),
    CORPS("corps", Kind.CORPS, "市城管执法总队", "Enforcement corps"),
    HUANGPU("huangpu", Kind.DISTRICT_BUREAU, "黄浦区", "Huangpu"),
    XUHUI("xuhui", Kind.DISTRICT_BUREAU, "徐汇区", "Xuhui"),
    CHANGNING("changning", Kind.DISTRICT_BUREAU, "长宁区", "Changning"),
    JINGAN("jingan", Kind.DISTRICT_BUREAU, "静安区", "Jing'an"),
    PUTUO("putuo", Kind.DISTRICT_BUREAU, "普陀区", "Putuo"),
    HONGKOU("hongkou", Kind.DISTRICT_BUREAU, "虹口区", "Hongkou"),
    YANGPU("yangpu", Kind.DISTRICT_BUREAU, "杨浦区", "Yangpu"),
    MINHANG("minhang", Kind.DISTRICT_BUREAU, "闵行区", "Minhang"),
    BAOSHAN("baoshan", Kind.DISTRICT_BUREAU, "宝山区", "Baoshan"),
    JIADING("jiading", Kind.DISTRICT_BUREAU, "嘉定区", "Jiading"),
    PUDONG("pudong", Kind.DISTRICT_BUREAU, "浦东新区", "Pudong"),
    JINSHAN("jinshan", Kind.DISTRICT_BUREAU, "金山区", "Jinshan"),
    SONGJIANG("songjiang", Kind.DISTRICT_BUREAU, "松江区", "Songjiang"),
    QINGPU("qingpu", Kind.DISTRICT_BUREAU, "青浦区", "Qingpu"),
    FENGXIAN("fengxian", Kind.DISTRICT_BUREAU, "奉贤区", "Fengxian"),
    CHONGMING("chongming", Kind.DISTRICT_BUREAU, "崇明区", "Chongming"),
    AIRPORT("airport", Kind.SPECIAL_UNIT, "机场地区执法支队", "Airport area enforcement detachment"),
    FREE_TRADE_ZONE("ftz", Kind.SPECIAL_UNIT, "自贸区执法大队", "Free-trade zone enforcement brigade"),
    LINGANG("lingang", Kind.SPECIAL_UNIT, "临港新片区综合执法大队", "Lingang new area enforcement brigade");

    /** Where a unit stands in the organisation. */
    public enum Kind {
        CITY_BUREAU,
        CITY_DEPARTMENT,
        CORPS,
        DISTRICT_BUREAU,
        SPECIAL_UNIT
    }

    private final String code;
    private final Kind kind;
    private final Label label;

    Unit(String code, Kind kind, String zh, String en) {
        this.code = code;
        this.kind = kind;
        this.label = new Label(zh, en);
    }

    /** The code tokens, events and APIs use, e.g. {@code xuhui}. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Label label() {
        return label;
    }

    public boolean isDistrict() {
        return kind == Kind.DISTRICT_BUREAU;
    }

    public static Optional<Unit> ofCode(String code) {
        return Arrays.stream(values()).filter(unit -> unit.code.equals(code)).findFirst();
    }

    public static boolean isKnown(String code) {
        return ofCode(code).isPresent();
    }

    public static List<Unit> ofKind(Kind kind) {
        return Arrays.stream(values()).filter(unit -> unit.kind == kind).toList();
    }

    /**
     * The twenty units that each run a theme of the cloud open day and may host a sub-venue: the sixteen district
     * bureaus, the enforcement corps and the three special units.
     */
    public static List<Unit> fieldUnits() {
        return Arrays.stream(values())
                .filter(unit -> unit.kind != Kind.CITY_BUREAU && unit.kind != Kind.CITY_DEPARTMENT)
                .toList();
    }
}
