package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceFoundationChecks;
import cn.summerhotline.testsupport.ServiceTest;

@ServiceTest
class PublicityServiceIT extends ServiceFoundationChecks {

    @Override
    protected String referencePath() {
        return "/api/v1/publicity/themes";
    }

    @Override
    protected String referenceContent() {
        return "凝心聚力助推国家战略";
    }
}
