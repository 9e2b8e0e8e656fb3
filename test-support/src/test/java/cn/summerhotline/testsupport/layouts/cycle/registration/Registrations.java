package cn.summerhotline.testsupport.layouts.cycle.registration;

import cn.summerhotline.testsupport.layouts.cycle.checkin.CheckIns;

public record Registrations(CheckIns checkIns) {}
