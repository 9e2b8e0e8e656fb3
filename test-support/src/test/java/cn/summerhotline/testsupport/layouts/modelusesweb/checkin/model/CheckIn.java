package cn.summerhotline.testsupport.layouts.modelusesweb.checkin.model;

import cn.summerhotline.testsupport.layouts.modelusesweb.registration.web.RegistrationView;

/** Breaks the rule from another feature: a model that holds a web view. */
public record CheckIn(RegistrationView registration) {}
