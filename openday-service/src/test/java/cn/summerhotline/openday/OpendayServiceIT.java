package cn.summerhotline.openday;

import cn.summerhotline.testsupport.ServiceFoundationChecks;
import cn.summerhotline.testsupport.ServiceTest;

@ServiceTest
class OpendayServiceIT extends ServiceFoundationChecks {

    @Override
    protected String referencePath() {
        return "/api/v1/openday/cloud/sections";
    }

    @Override
    protected String referenceContent() {
        return "我眼中的城管";
    }
}
