package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.ServiceFoundationChecks;
import cn.summerhotline.testsupport.ServiceTest;

@ServiceTest
class ComplaintServiceIT extends ServiceFoundationChecks {

    @Override
    protected String referencePath() {
        return "/api/v1/complaints/categories";
    }

    @Override
    protected String referenceContent() {
        return "夜间施工噪声";
    }
}
