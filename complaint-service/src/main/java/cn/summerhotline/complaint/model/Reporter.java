package cn.summerhotline.complaint.model;

import cn.summerhotline.platform.privacy.PersonalData;

/**
 * The citizen who reported the matter; both fields are personal data and are masked for most readers, by the
 * platform's one masking policy.
 */
public record Reporter(String name, String phone) {

    public static final Reporter ANONYMOUS = new Reporter(null, null);

    /** {@code 13812345678} becomes {@code 138****5678}; short numbers keep only their last two digits. */
    public String maskedPhone() {
        return PersonalData.maskPhone(phone);
    }

    /** {@code 王小明} becomes {@code 王**}. */
    public String maskedName() {
        return PersonalData.maskName(name);
    }

    public Reporter masked() {
        return new Reporter(maskedName(), maskedPhone());
    }
}
