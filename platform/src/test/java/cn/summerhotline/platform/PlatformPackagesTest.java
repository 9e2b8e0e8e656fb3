package cn.summerhotline.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The platform's packages (security, web, openapi, privacy, observability, ...) depend on each other one way. */
class PlatformPackagesTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.summerhotline.platform");

    @Test
    void shouldKeepThePlatformsPackagesFreeOfCycles() {
        slices().matching("cn.summerhotline.platform.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PLATFORM);
    }
}
