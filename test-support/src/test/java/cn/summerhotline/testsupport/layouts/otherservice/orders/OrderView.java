package cn.summerhotline.testsupport.layouts.otherservice.orders;

import cn.summerhotline.testsupport.layouts.otherservice.payments.Payment;

public record OrderView(String id, Payment payment) {}
