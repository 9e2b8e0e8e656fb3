package cn.summerhotline.testsupport.layouts.byfeature.registration.web;

import cn.summerhotline.testsupport.layouts.byfeature.registration.application.Register;
import cn.summerhotline.testsupport.layouts.byfeature.registration.model.Registration;
import cn.summerhotline.testsupport.layouts.byfeature.venue.Venue;

public record RegistrationController(Register register) {
    public Registration post(String venue, String citizen) {
        return register.register(new Venue(venue), citizen);
    }
}
