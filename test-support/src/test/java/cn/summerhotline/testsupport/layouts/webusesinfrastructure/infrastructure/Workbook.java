package cn.summerhotline.testsupport.layouts.webusesinfrastructure.infrastructure;

public record Workbook(byte[] bytes) {}
