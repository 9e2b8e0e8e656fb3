package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceFoundationChecks;
import cn.summerhotline.testsupport.ServiceTest;

@ServiceTest
class PublicityServiceIT extends ServiceFoundationChecks {

    @Override
    protected String referencePath() {
        return "/api/v1/publicity/labels";
    }

    @Override
    protected String referenceContent() {
        return "宣传中";
    }
}
