package cn.summerhotline.complaint.model;

/** How a complaint reached the city bureau. */
public enum Channel {
    HOTLINE_12345("12345市民热线", "12345 hotline"),
    LEADER_HOTLINE("领导接线", "Leader hotline session"),
    DISTRICT_SYSTEM("区级系统", "District system"),
    WEB("网上表单", "Web form"),
    MEDIA("媒体", "Media");

    private final String nameZh;
    private final String nameEn;

    Channel(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Cases the enforcement coordination division follows to their end, with a public step-by-step timeline. */
    public boolean followedFromIntake() {
        return this == LEADER_HOTLINE || this == MEDIA;
    }
}
