package cn.summerhotline.review;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;

/** Every endpoint of review-service against the generated hostile client. */
@ServiceTest
class ReviewHostileInputIT extends HostileInputChecks {}
