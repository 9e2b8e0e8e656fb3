package cn.summerhotline.testsupport.layouts.byfeature.registration.application;

import cn.summerhotline.testsupport.layouts.byfeature.registration.model.Registration;

public interface Registrations {
    void add(Registration registration);
}
