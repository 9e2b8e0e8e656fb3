package cn.summerhotline.testsupport.layouts.layered.application;

public class OrderNotFound extends RuntimeException {}
