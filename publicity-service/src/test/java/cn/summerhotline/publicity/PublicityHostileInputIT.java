package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;

/** Every endpoint of publicity-service against the generated hostile client. */
@ServiceTest
class PublicityHostileInputIT extends HostileInputChecks {}
