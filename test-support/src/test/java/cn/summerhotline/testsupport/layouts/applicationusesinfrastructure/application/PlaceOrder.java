package cn.summerhotline.testsupport.layouts.applicationusesinfrastructure.application;

import cn.summerhotline.testsupport.layouts.applicationusesinfrastructure.infrastructure.OrderDocument;

public class PlaceOrder {
    public OrderDocument place(String id) {
        return new OrderDocument(id);
    }
}
