package cn.summerhotline.complaint.open311;

import cn.summerhotline.complaint.application.MaskedText;
import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.ComplaintSnapshot;
import cn.summerhotline.complaint.model.District;
import cn.summerhotline.complaint.model.Status;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A complaint as a GeoReport v2 service request. No personal data leaves through Open311 in either view: the
 * reporter is never shown and free text is masked by the platform's policy. The public view (no key) leaves out
 * the tracking number too, which is the citizen's own; a district system's keyed view has it.
 */
final class GeoReportMapping {

    private GeoReportMapping() {}

    static Map<String, Object> keyed(Complaint complaint) {
        return request(complaint, true);
    }

    static Map<String, Object> open(Complaint complaint) {
        return request(complaint, false);
    }

    private static Map<String, Object> request(Complaint complaint, boolean keyed) {
        ComplaintSnapshot s = complaint.snapshot();
        UnaryOperator<String> text = MaskedText.of(complaint);
        Instant updated = s.timeline().isEmpty()
                ? s.receivedAt()
                : s.timeline().get(s.timeline().size() - 1).at();
        String agency = s.routing().district() == null
                ? "上海市城市管理行政执法局"
                : District.ofCode(s.routing().district())
                                .map(District::nameZh)
                                .orElse(s.routing().district()) + "城管执法局";
        Map<String, Object> extended = fields(
                "summer_status", s.status().name(),
                "district", s.routing().district(),
                "overdue", s.deadline().overdue());
        if (keyed) {
            extended.put("tracking_number", s.trackingNumber());
        }
        return fields(
                "service_request_id",
                s.id(),
                "status",
                s.status() == Status.CLOSED ? "closed" : "open",
                "status_notes",
                s.status().nameZh() + " " + s.status().nameEn(),
                "service_name",
                s.intake().category().nameZh() + " " + s.intake().category().nameEn(),
                "service_code",
                s.intake().category().name(),
                "description",
                text.apply(s.intake().description()),
                "agency_responsible",
                agency,
                "service_notice",
                null,
                "requested_datetime",
                time(s.receivedAt()),
                "updated_datetime",
                time(updated),
                "expected_datetime",
                time(s.deadline().dueAt()),
                "address",
                text.apply(s.intake().address()),
                "address_id",
                null,
                "zipcode",
                null,
                "lat",
                s.intake().location() == null ? null : s.intake().location().lat(),
                "long",
                s.intake().location() == null ? null : s.intake().location().lng(),
                "media_url",
                null,
                "extended_attributes",
                extended);
    }

    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    static String time(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant, TrackingNumbers.BUSINESS_ZONE)
                        .toString();
    }
}
