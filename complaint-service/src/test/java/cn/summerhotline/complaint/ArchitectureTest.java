package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {

    ArchitectureTest() {
        super("cn.summerhotline.complaint");
    }
}
