package cn.summerhotline.complaint.model;

/** The citizen who reported the matter; both fields are personal data and are masked for most readers. */
public record Reporter(String name, String phone) {

    public static final Reporter ANONYMOUS = new Reporter(null, null);

    /** {@code 13812345678} becomes {@code 138****5678}; short numbers keep only their last two digits. */
    public String maskedPhone() {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        if (digits.length() > 2) {
            return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        }
        return "**";
    }

    /** {@code 王小明} becomes {@code 王**}. */
    public String maskedName() {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
    }

    public Reporter masked() {
        return new Reporter(maskedName(), maskedPhone());
    }
}
