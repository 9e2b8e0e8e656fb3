package cn.summerhotline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on small services of their own (the {@code layouts} packages of this module's tests). */
class ArchitectureRulesTest {

    private static final String LAYOUTS = "cn.summerhotline.testsupport.layouts.";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"layered", "byfeature", "flat"})
    void shouldAcceptEachLayoutOfTheReadme(String layout) {
        String service = LAYOUTS + layout;
        JavaClasses classes = classesOf(service);

        assertThat(ArchitectureRules.forService(service))
                .allSatisfy(rule -> assertThat(
                                rule.evaluate(classes).getFailureReport().getDetails())
                        .as(rule.getDescription())
                        .isEmpty());
    }

    static Stream<Arguments> shouldRefuseALayoutOnTheOneRuleItBreaks() {
        return Stream.of(
                broken("frameworkinmodel", service -> ArchitectureRules.domainModelIsFrameworkFree(), "Ticket"),
                broken("modelusesweb", ArchitectureRules::modelDependsOnNoOtherLayer, "CheckIn"),
                broken(
                        "applicationthrowsproblem",
                        ArchitectureRules::applicationDependsOnNeitherInfrastructureNorWeb,
                        "CancelOrder"),
                broken(
                        "applicationusesinfrastructure",
                        ArchitectureRules::applicationDependsOnNeitherInfrastructureNorWeb,
                        "PlaceOrder"),
                broken("webusesinfrastructure", ArchitectureRules::webDoesNotUseInfrastructure, "ExportController"),
                broken("otherservice.orders", ArchitectureRules::usesOnlyItsOwnAndPlatformPackages, "Payment"),
                broken("cycle", ArchitectureRules::featuresAreFreeOfCycles, "CheckIns"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldRefuseALayoutOnTheOneRuleItBreaks(String layout, Function<String, ArchRule> rule, String offender) {
        String service = LAYOUTS + layout;
        JavaClasses classes = classesOf(service);
        ArchRule broken = rule.apply(service);
        EvaluationResult result = broken.evaluate(classes);

        assertThat(result.getFailureReport().getDetails()).isNotEmpty().anyMatch(line -> line.contains(offender));
        assertThat(ArchitectureRules.forService(service))
                .filteredOn(each -> each.evaluate(classes).hasViolation())
                .extracting(ArchRule::getDescription)
                .containsExactly(broken.getDescription());
    }

    /** Gives the method references their type: {@code arguments} takes plain objects. */
    private static Arguments broken(String layout, Function<String, ArchRule> rule, String offender) {
        return arguments(layout, rule, offender);
    }

    private static JavaClasses classesOf(String service) {
        return new ClassFileImporter().importPackages(service);
    }
}
