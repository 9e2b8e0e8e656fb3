package cn.summerhotline.testsupport.layouts.layered.application;

import cn.summerhotline.testsupport.layouts.layered.model.Order;

public record FindOrder(Orders orders) {
    public Order find(String id) {
        return orders.find(id).orElseThrow(OrderNotFound::new);
    }
}
