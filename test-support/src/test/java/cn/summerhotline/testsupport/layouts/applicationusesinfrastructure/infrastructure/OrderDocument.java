package cn.summerhotline.testsupport.layouts.applicationusesinfrastructure.infrastructure;

public record OrderDocument(String id) {}
