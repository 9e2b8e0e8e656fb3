package cn.summerhotline.gateway.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people of the local run, one per role and level, all with the password {@code hotline}. */
final class DemoUsers {

    static final String PASSWORD = "hotline";

    record DemoUser(String username, String role, String unit, String squad) {}

    private static final Map<String, DemoUser> USERS = index(List.of(
            new DemoUser("city-admin", "CITY_ADMIN", "city", null),
            new DemoUser("xuhui-admin", "DISTRICT_ADMIN", "xuhui", null),
            new DemoUser("jiading-admin", "DISTRICT_ADMIN", "jiading", null),
            new DemoUser("operator", "OPERATOR", "city", null),
            new DemoUser("xuhui-system", "INTEGRATION", "xuhui", null),
            new DemoUser("xuhui-squad-reviewer", "REVIEWER", "xuhui", "xuhui-tianping"),
            new DemoUser("xuhui-district-reviewer", "REVIEWER", "xuhui", null),
            new DemoUser("city-reviewer", "REVIEWER", "city", null),
            new DemoUser("xuhui-officer", "SQUAD_OFFICER", "xuhui", "xuhui-tianping"),
            new DemoUser("media", "MEDIA", "city", null)));

    private DemoUsers() {}

    static Optional<DemoUser> find(String username) {
        return Optional.ofNullable(USERS.get(username));
    }

    static List<String> usernames() {
        return USERS.keySet().stream().sorted().toList();
    }

    private static Map<String, DemoUser> index(List<DemoUser> users) {
        java.util.LinkedHashMap<String, DemoUser> map = new java.util.LinkedHashMap<>();
        users.forEach(user -> map.put(user.username(), user));
        return Map.copyOf(map);
    }
}
