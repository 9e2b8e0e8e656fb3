package cn.summerhotline.testsupport.layouts.otherservice.payments;

/** Another service's business type. */
public record Payment(String id) {}
