package cn.summerhotline.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Rules every service keeps; each service's architecture test applies them to its own classes. */
public final class ArchitectureRules {

    private ArchitectureRules() {}

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
                .because("the domain model must not depend on frameworks (docs/docs/ARCHITECTURE.md)");
    }
}
