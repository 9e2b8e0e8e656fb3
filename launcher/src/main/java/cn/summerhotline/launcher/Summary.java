package cn.summerhotline.launcher;

import java.util.List;

/**
 * What the user needs once the system is up: where it is, who to log in as, how to get a token. The
 * demo users are the gateway's (its {@code local} profile issues their tokens).
 */
final class Summary {

    private record DemoUser(String username, String role, String unit, String squad) {}

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("city-admin", "CITY_ADMIN", "city", ""),
            new DemoUser("xuhui-admin", "DISTRICT_ADMIN", "xuhui", ""),
            new DemoUser("jiading-admin", "DISTRICT_ADMIN", "jiading", ""),
            new DemoUser("operator", "OPERATOR", "city", ""),
            new DemoUser("xuhui-system", "INTEGRATION", "xuhui", ""),
            new DemoUser("xuhui-squad-reviewer", "REVIEWER", "xuhui", "xuhui-tianping"),
            new DemoUser("xuhui-district-reviewer", "REVIEWER", "xuhui", ""),
            new DemoUser("city-reviewer", "REVIEWER", "city", ""),
            new DemoUser("xuhui-officer", "SQUAD_OFFICER", "xuhui", "xuhui-tianping"),
            new DemoUser("media", "MEDIA", "city", ""));

    private Summary() {}

    static String text(Checkout checkout, List<Child> children, boolean demoTokens) {
        String gateway = "http://localhost:" + Module.GATEWAY.port();
        StringBuilder out = new StringBuilder();
        out.append("\n  Gateway      ").append(gateway).append('\n');
        out.append("  Swagger UI   ").append(gateway).append("/swagger-ui.html\n");
        out.append("  Logs         ").append(checkout.relative(checkout.logs())).append("/<module>.log\n");
        out.append("\n  Processes (stop one, e.g. `kill <pid>`, to see the gateway answer 503 for its routes):\n");
        for (Child child : children) {
            out.append(String.format(
                    "    %-18s pid %-8d port %d%n",
                    child.module().logName(), child.pid(), child.module().port()));
        }
        if (demoTokens) {
            out.append("\n  Demo users (password: hotline)\n");
            out.append(String.format("    %-25s %-15s %-8s %s%n", "username", "role", "unit", "squad"));
            for (DemoUser user : DEMO_USERS) {
                out.append(String.format(
                        "    %-25s %-15s %-8s %s%n", user.username(), user.role(), user.unit(), user.squad()));
            }
            out.append("\n  Get a token and call a route:\n");
            out.append("    TOKEN=$(curl -s -X POST ")
                    .append(gateway)
                    .append("/api/v1/auth/token -H 'Content-Type: application/json' \\\n")
                    .append("      -d '{\"username\":\"city-admin\",\"password\":\"hotline\"}'")
                    .append(" | sed -E 's/.*\"access_token\" *: *\"([^\"]+)\".*/\\1/')\n");
            out.append("    curl -H \"Authorization: Bearer $TOKEN\" ")
                    .append(gateway)
                    .append("/api/v1/complaints/categories\n");
        } else {
            out.append("\n  Tokens come from the identity provider at SUMMER_JWKS_URI: no demo tokens in this run.\n");
        }
        out.append("\n  Press Ctrl-C to stop everything.\n");
        return out.toString();
    }
}
