package cn.summerhotline.review;

import cn.summerhotline.testsupport.ServiceFoundationChecks;

@ReviewServiceTest
class ReviewServiceIT extends ServiceFoundationChecks {

    @Override
    protected String referencePath() {
        return "/api/v1/reviews/levels";
    }

    @Override
    protected String referenceContent() {
        return "区局审核";
    }
}
