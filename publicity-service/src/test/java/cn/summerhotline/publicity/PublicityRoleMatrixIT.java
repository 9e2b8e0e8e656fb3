package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;

/** Every role of the organisation against every endpoint of publicity-service. */
@ServiceTest
class PublicityRoleMatrixIT extends RoleMatrixChecks {}
