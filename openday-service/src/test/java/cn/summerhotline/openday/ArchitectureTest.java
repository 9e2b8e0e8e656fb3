package cn.summerhotline.openday;

import cn.summerhotline.testsupport.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {

    ArchitectureTest() {
        super("cn.summerhotline.openday");
    }
}
