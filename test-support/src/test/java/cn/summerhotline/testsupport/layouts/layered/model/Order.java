package cn.summerhotline.testsupport.layouts.layered.model;

public record Order(String id) {}
