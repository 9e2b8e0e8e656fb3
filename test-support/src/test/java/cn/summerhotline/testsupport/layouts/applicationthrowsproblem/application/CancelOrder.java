package cn.summerhotline.testsupport.layouts.applicationthrowsproblem.application;

import cn.summerhotline.platform.web.StandInProblem;

public class CancelOrder {
    public void cancel(String id) {
        throw new StandInProblem();
    }
}
