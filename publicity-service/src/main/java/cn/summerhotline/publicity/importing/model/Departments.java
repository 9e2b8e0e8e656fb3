package cn.summerhotline.publicity.importing.model;

import cn.summerhotline.platform.organisation.Unit;
import java.util.Map;
import java.util.Optional;

/**
 * A department as a plan prints it, resolved to a unit of the organisation: by code ({@code xuhui}), by name
 * ({@code 徐汇区}), or by the bureau's printed name ({@code 徐汇区城管执法局}, {@code 市城管执法局}, {@code 市局办公室}).
 */
public final class Departments {

    private static final String BUREAU = "城管执法局";
    private static final Map<String, Unit> PRINTED = Map.of(
            "市城管执法局", Unit.CITY,
            "市局", Unit.CITY,
            "上海市城市管理行政执法局", Unit.CITY,
            "市局办公室", Unit.CITY_OFFICE,
            "执法协调处", Unit.CITY_COORDINATION,
            "市局执法协调处", Unit.CITY_COORDINATION,
            "执法总队", Unit.CORPS,
            "市局执法总队", Unit.CORPS);

    private Departments() {}

    public static Optional<Unit> resolve(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String name = printed.replaceAll("\\s", "");
        Optional<Unit> known = Optional.ofNullable(PRINTED.get(name)).or(() -> Unit.ofCode(name));
        if (known.isPresent()) {
            return known;
        }
        String district = name.endsWith(BUREAU) ? name.substring(0, name.length() - BUREAU.length()) : name;
        for (Unit unit : Unit.values()) {
            if (unit.label().zh().equals(district)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** How a text names a district: its name without 区 or 新区 (徐汇, 浦东). */
    public static String shortName(Unit district) {
        String zh = district.label().zh();
        if (zh.endsWith("新区")) {
            return zh.substring(0, zh.length() - 2);
        }
        return zh.endsWith("区") ? zh.substring(0, zh.length() - 1) : zh;
    }
}
