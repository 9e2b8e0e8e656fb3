package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Reporter;
import cn.summerhotline.platform.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The free text of one complaint (description, summary, replies, notes, comments) as it may leave the service
 * for readers without the right to see personal data, the public and district-wide events: phone and ID card
 * numbers masked by the platform's policy, and the reporter's name too, since the complaint knows it.
 */
public final class MaskedText {

    private MaskedText() {}

    public static UnaryOperator<String> of(Complaint complaint) {
        List<String> names = names(complaint.intake().reporter());
        return text -> PersonalData.mask(text, names);
    }

    /** The name as given and, for a Chinese name of three or more characters, the given name alone (小明). */
    static List<String> names(Reporter reporter) {
        List<String> names = new ArrayList<>();
        String name = reporter == null ? null : reporter.name();
        if (name == null || name.isBlank()) {
            return names;
        }
        String full = name.strip();
        names.add(full);
        String compact = full.replaceAll("\\s+", "");
        names.add(compact);
        for (String part : full.split("\\s+")) {
            names.add(part);
        }
        if (compact.codePointCount(0, compact.length()) >= 3 && Character.isIdeographic(compact.codePointAt(0))) {
            names.add(compact.substring(compact.offsetByCodePoints(0, 1)));
        }
        return names;
    }
}
