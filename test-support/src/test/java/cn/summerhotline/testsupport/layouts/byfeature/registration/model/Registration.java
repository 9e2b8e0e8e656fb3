package cn.summerhotline.testsupport.layouts.byfeature.registration.model;

public record Registration(String session, String citizen) {}
