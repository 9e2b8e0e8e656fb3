package cn.summerhotline.openday;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;

/** Every endpoint of openday-service against the generated hostile client. */
@ServiceTest
class OpendayHostileInputIT extends HostileInputChecks {}
