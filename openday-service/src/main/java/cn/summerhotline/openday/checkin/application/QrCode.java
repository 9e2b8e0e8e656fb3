package cn.summerhotline.openday.checkin.application;

import cn.summerhotline.openday.registration.application.OwnRegistration;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import org.springframework.stereotype.Service;

/** The registrant's QR code of their check-in code, with their token; only once the registration is confirmed. */
@Service
public class QrCode {

    private final OwnRegistration own;
    private final QrImages images;

    QrCode(OwnRegistration own, QrImages images) {
        this.own = own;
        this.images = images;
    }

    public byte[] png(String registrationId, String token) {
        Registration registration = own.read(registrationId, token).registration();
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new CheckinRefused(CheckinRefused.Reason.NOT_CONFIRMED, null, null);
        }
        return images.png(registration.checkInCode());
    }
}
