package cn.summerhotline.testsupport.layouts.layered.application;

import cn.summerhotline.testsupport.layouts.layered.model.Order;
import java.util.Optional;

public interface Orders {
    Optional<Order> find(String id);
}
