package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {

    ArchitectureTest() {
        super("cn.summerhotline.publicity");
    }
}
