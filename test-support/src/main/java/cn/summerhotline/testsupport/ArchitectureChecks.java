package cn.summerhotline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ArchitectureRules}, one test each, over a module's own classes (its tests left out). A service's
 * {@code ArchitectureTest} extends this and names its package; a module that has no use for some rules
 * (the gateway has no domain model) picks its own {@link #rules()}.
 */
public abstract class ArchitectureChecks {

    private final String modulePackage;

    protected ArchitectureChecks(String modulePackage) {
        this.modulePackage = modulePackage;
    }

    /** What the module keeps to: by default every rule a service keeps. */
    protected List<ArchRule> rules() {
        return ArchitectureRules.forService(modulePackage);
    }

    @TestFactory
    Stream<DynamicTest> shouldKeepTheArchitectureRules() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage);
        // Most rules accept a layout without the layer they speak of: with a mistyped package all would pass.
        assertThat(classes).as("classes under %s", modulePackage).isNotEmpty();
        return rules().stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
