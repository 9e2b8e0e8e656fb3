package cn.summerhotline.platform.security;

/** The roles a token can carry in its {@code roles} claim (docs/ARCHITECTURE.md, Security). */
public enum Role {
    CITY_ADMIN,
    DISTRICT_ADMIN,
    SQUAD_OFFICER,
    REVIEWER,
    OPERATOR,
    INTEGRATION,
    MEDIA;

    public String authority() {
        return "ROLE_" + name();
    }
}
