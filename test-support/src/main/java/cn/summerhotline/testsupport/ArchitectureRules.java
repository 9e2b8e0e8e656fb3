package cn.summerhotline.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Rules every service keeps; each service's architecture test applies them to its own classes, most simply
 * by extending {@link ArchitectureChecks}.
 *
 * <p>They hold for both layouts of README.md's "Layout of a service": a service split into layers at its
 * top ({@code complaint/model}, {@code complaint/application}, ...) and a service packaged by feature, each
 * feature split into the same layers where it has real rules ({@code openday/registration/model}, ...) or
 * flat where it is CRUD. A layer is recognised by its package's name wherever it stands under the service's
 * package; a flat feature has none, so only the service-wide rules (other services, cycles) apply to it.
 */
public final class ArchitectureRules {

    private static final String PLATFORM = "cn.summerhotline.platform..";
    private static final String PLATFORM_WEB = "cn.summerhotline.platform.web..";
    private static final String ANY_MODULE = "cn.summerhotline..";

    private ArchitectureRules() {}

    /** Every rule of this class, for the service whose classes live under {@code servicePackage}. */
    public static List<ArchRule> forService(String servicePackage) {
        return List.of(
                domainModelIsFrameworkFree(),
                modelDependsOnNoOtherLayer(servicePackage),
                applicationDependsOnNeitherInfrastructureNorWeb(servicePackage),
                webDoesNotUseInfrastructure(servicePackage),
                usesOnlyItsOwnAndPlatformPackages(servicePackage),
                featuresAreFreeOfCycles(servicePackage));
    }

    /**
     * The domain model ({@code ..model..} packages) is plain Java: no Spring, no persistence or messaging
     * driver, no JSON or validation framework, so its rules can be read and tested on their own.
     */
    public static ArchRule domainModelIsFrameworkFree() {
        return noClasses()
                .that()
                .resideInAPackage("..model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..",
                        "org.bson..",
                        "com.mongodb..",
                        "com.rabbitmq..",
                        "jakarta.persistence..",
                        "jakarta.validation..",
                        "jakarta.servlet..",
                        "io.swagger..",
                        "org.springdoc..")
                .because("the domain model must not depend on frameworks (docs/ARCHITECTURE.md)")
                // A service of flat CRUD features has no model to check.
                .allowEmptyShould(true);
    }

    /** The model, in any feature, uses no use case, adapter or web type, the platform's web layer included. */
    public static ArchRule modelDependsOnNoOtherLayer(String servicePackage) {
        return layerUsesNone(
                servicePackage,
                "model",
                "the model holds the rules and the other layers call it, never the other way round",
                layer(servicePackage, "application"),
                layer(servicePackage, "infrastructure"),
                layer(servicePackage, "web"),
                PLATFORM_WEB);
    }

    /**
     * Use cases reach stores, brokers and other services through their own ports, and refuse with their own
     * exceptions: the web layer decides what a refusal looks like in HTTP.
     */
    public static ArchRule applicationDependsOnNeitherInfrastructureNorWeb(String servicePackage) {
        return layerUsesNone(
                servicePackage,
                "application",
                "the application layer throws its own exceptions and the web layer maps them to problem+json"
                        + " (ApiProblem, ResponseStatusException belong to the web layer)",
                layer(servicePackage, "infrastructure"),
                layer(servicePackage, "web"),
                PLATFORM_WEB,
                "org.springframework.web..");
    }

    /** Controllers go through the use cases, never around them to a store or a file format. */
    public static ArchRule webDoesNotUseInfrastructure(String servicePackage) {
        return layerUsesNone(
                servicePackage,
                "web",
                "what the web layer needs of an adapter is a port of the application layer",
                layer(servicePackage, "infrastructure"));
    }

    /** Of this project's packages, a service (or the gateway) uses its own and the platform's only. */
    public static ArchRule usesOnlyItsOwnAndPlatformPackages(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(ANY_MODULE).and(not(resideInAnyPackage(servicePackage + "..", PLATFORM))))
                .because("no module holds another service's business types: a consumer keeps its own copy of an"
                        + " event or a response as a record (docs/ARCHITECTURE.md)");
    }

    /** The service's top-level packages (its features, or its layers) depend on each other one way. */
    public static ArchRule featuresAreFreeOfCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .because("two features in a cycle can be neither understood nor changed apart")
                // A service whose classes all sit in its own package has no slices.
                .allowEmptyShould(true);
    }

    private static ArchRule layerUsesNone(
            String servicePackage, String layerName, String because, String... forbiddenPackages) {
        return noClasses()
                .that()
                .resideInAPackage(layer(servicePackage, layerName))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbiddenPackages)
                .because(because)
                // A flat feature has no layers, and a service may have no feature with rules yet.
                .allowEmptyShould(true);
    }

    /** A layer's packages in any feature of the service, or at the service's top. */
    private static String layer(String servicePackage, String name) {
        return servicePackage + ".." + name + "..";
    }
}
