package cn.summerhotline.review;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;

/** Every role of the organisation against every endpoint of review-service. */
@ServiceTest
class ReviewRoleMatrixIT extends RoleMatrixChecks {}
