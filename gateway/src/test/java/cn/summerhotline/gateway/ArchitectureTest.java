package cn.summerhotline.gateway;

import cn.summerhotline.testsupport.ArchitectureChecks;
import cn.summerhotline.testsupport.ArchitectureRules;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

class ArchitectureTest extends ArchitectureChecks {

    private static final String GATEWAY = "cn.summerhotline.gateway";

    ArchitectureTest() {
        super(GATEWAY);
    }

    /** The gateway has no domain model or use cases to layer: its packages are its features. */
    @Override
    protected List<ArchRule> rules() {
        return List.of(
                ArchitectureRules.usesOnlyItsOwnAndPlatformPackages(GATEWAY),
                ArchitectureRules.featuresAreFreeOfCycles(GATEWAY));
    }
}
