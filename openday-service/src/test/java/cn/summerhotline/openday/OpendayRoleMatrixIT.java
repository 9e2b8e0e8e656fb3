package cn.summerhotline.openday;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;

/** Every role of the organisation against every endpoint of openday-service. */
@ServiceTest
class OpendayRoleMatrixIT extends RoleMatrixChecks {}
