package cn.summerhotline.review;

import cn.summerhotline.testsupport.ArchitectureChecks;

class ArchitectureTest extends ArchitectureChecks {

    ArchitectureTest() {
        super("cn.summerhotline.review");
    }
}
