package cn.summerhotline.testsupport.layouts.layered.infrastructure;

import cn.summerhotline.testsupport.layouts.layered.application.Orders;
import cn.summerhotline.testsupport.layouts.layered.model.Order;
import java.util.Optional;

public class MemoryOrders implements Orders {
    @Override
    public Optional<Order> find(String id) {
        return Optional.of(new Order(id));
    }
}
