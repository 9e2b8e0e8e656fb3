package cn.summerhotline.testsupport.layouts.byfeature.registration.infrastructure;

import cn.summerhotline.testsupport.layouts.byfeature.registration.application.Registrations;
import cn.summerhotline.testsupport.layouts.byfeature.registration.model.Registration;
import java.util.ArrayList;
import java.util.List;

public class MemoryRegistrations implements Registrations {
    private final List<Registration> all = new ArrayList<>();

    @Override
    public void add(Registration registration) {
        all.add(registration);
    }
}
