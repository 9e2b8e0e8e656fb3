package cn.summerhotline.testsupport.layouts.modelusesweb.registration.web;

public record RegistrationView(String citizen) {}
