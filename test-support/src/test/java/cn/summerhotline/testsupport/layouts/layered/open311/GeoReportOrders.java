package cn.summerhotline.testsupport.layouts.layered.open311;

import cn.summerhotline.testsupport.layouts.layered.application.FindOrder;
import cn.summerhotline.testsupport.layouts.layered.web.OrderController;

/** An adapter feature beside the layers, like complaint-service's Open311 endpoints. */
public record GeoReportOrders(FindOrder findOrder, OrderController api) {}
