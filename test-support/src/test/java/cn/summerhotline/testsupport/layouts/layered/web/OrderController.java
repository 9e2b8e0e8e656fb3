package cn.summerhotline.testsupport.layouts.layered.web;

import cn.summerhotline.platform.web.StandInProblem;
import cn.summerhotline.testsupport.layouts.layered.application.FindOrder;
import cn.summerhotline.testsupport.layouts.layered.application.OrderNotFound;
import cn.summerhotline.testsupport.layouts.layered.model.Order;

public record OrderController(FindOrder findOrder) {
    public Order get(String id) {
        try {
            return findOrder.find(id);
        } catch (OrderNotFound e) {
            throw new StandInProblem();
        }
    }
}
