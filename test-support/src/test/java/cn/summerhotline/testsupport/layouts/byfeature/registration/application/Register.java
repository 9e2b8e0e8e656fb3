package cn.summerhotline.testsupport.layouts.byfeature.registration.application;

import cn.summerhotline.testsupport.layouts.byfeature.registration.model.Registration;
import cn.summerhotline.testsupport.layouts.byfeature.venue.Venue;

public record Register(Registrations registrations) {
    public Registration register(Venue venue, String citizen) {
        Registration registration = new Registration(venue.name(), citizen);
        registrations.add(registration);
        return registration;
    }
}
