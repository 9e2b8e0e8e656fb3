package cn.summerhotline.openday.registration.web;

import cn.summerhotline.openday.registration.application.OwnRegistration;
import cn.summerhotline.openday.registration.application.Register;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.platform.privacy.PersonalData;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

final class RegistrationViews {

    private RegistrationViews() {}

    @Schema(description = "报名结果:已确认或候补(附位次);取消凭证只在此时给出一次。The outcome; the cancel token is handed" + " out here only.")
    record Registered(
            String id,
            RegistrationStatus status,

            @Schema(
                    description = "候补位次(候补时)。The waiting-list position, when waitlisted.",
                    types = {"integer", "null"})
            Integer position,

            @Schema(
                    description = "签到码(已确认时)。The check-in code, when confirmed.",
                    types = {"string", "null"})
            String checkInCode,

            @Schema(description = "取消和查看报名所用的凭证,请妥善保存。Keep it: it reads and cancels the registration.")
            String cancelToken) {

        static final String CONFIRMED = """
                {"id": "k3v9q2m7x1c8b4n6", "status": "CONFIRMED", "position": null, "checkInCode": "H7K2M9QX",
                 "cancelToken": "Yc3T0dOQ2xnTjZjR3VhT0ZxT0p6cVhmWk9aQ0N3dE1nUQ"}""";
        static final String WAITLISTED = """
                {"id": "p8d2r5t1w9z3a6e4", "status": "WAITLISTED", "position": 17, "checkInCode": null,
                 "cancelToken": "bW9yZV9yYW5kb21fYnl0ZXNfaGVyZV9mb3JfdGhlX3Rva2Vu"}""";

        static Registered of(Register.Registered outcome) {
            Registration r = outcome.registration();
            return new Registered(
                    r.id(),
                    r.status(),
                    outcome.position(),
                    r.status() == RegistrationStatus.CONFIRMED ? r.checkInCode() : null,
                    outcome.cancelToken());
        }
    }

    @Schema(description = "报名人查看自己的报名。The registrant's own view.")
    record Own(
            String id,
            String sessionId,
            String venueId,
            Instant startsAt,
            Instant endsAt,
            Audience audience,
            int partySize,
            String name,

            @Schema(description = "手机号码(遮蔽)。The phone, masked.")
            String phone,

            RegistrationStatus status,

            @Schema(
                    description = "当前候补位次(候补时)。The current position, when waitlisted.",
                    types = {"integer", "null"})
            Integer position,

            @Schema(description = "是否由候补转为确认。Whether it was promoted from the waiting list.")
            boolean promoted,

            @Schema(
                    description = "签到码(已确认时)。The check-in code, when confirmed.",
                    types = {"string", "null"})
            String checkInCode,

            @Schema(description = "本人可取消的截止时间。Until when the registrant may cancel.")
            Instant cancellableUntil) {

        static final String EXAMPLE = """
                {"id": "k3v9q2m7x1c8b4n6", "sessionId": "2021-xuhui-sub-1a2b3c4d", "venueId": "2021-xuhui-sub",
                 "startsAt": "2021-07-15T01:30:00Z", "endsAt": "2021-07-15T03:30:00Z", "audience": "PUBLIC",
                 "partySize": 2, "name": "王小明", "phone": "138****5678", "status": "CONFIRMED", "position": null,
                 "promoted": true, "checkInCode": "H7K2M9QX", "cancellableUntil": "2021-07-14T01:30:00Z"}""";

        static Own of(OwnRegistration.Own own) {
            Registration r = own.registration();
            return new Own(
                    r.id(),
                    r.sessionId(),
                    r.venueId(),
                    own.session().startsAt(),
                    own.session().endsAt(),
                    r.audience(),
                    r.partySize(),
                    r.registrant().name(),
                    PersonalData.maskPhone(r.registrant().phone()),
                    r.status(),
                    own.position(),
                    r.promoted(),
                    r.status() == RegistrationStatus.CONFIRMED ? r.checkInCode() : null,
                    own.cancellableUntil());
        }
    }
}
