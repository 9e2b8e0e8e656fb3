package cn.summerhotline.testsupport.layouts.cycle.checkin;

import cn.summerhotline.testsupport.layouts.cycle.registration.Registrations;

public class CheckIns {
    public boolean registered(Registrations registrations) {
        return registrations != null;
    }
}
