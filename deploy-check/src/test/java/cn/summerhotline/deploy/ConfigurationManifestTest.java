package cn.summerhotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Configuration: every variable the applications read is set, and every credential comes from a Secret. */
class ConfigurationManifestTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    /** Names that hold a credential, or a value that embeds one (the store's connection string). */
    private static final Pattern CREDENTIAL =
            Pattern.compile(".*(PASSWORD|_PASS|SECRET|TOKEN|COOKIE|_KEY|_USER|USERNAME|JWKS_URI|MONGODB_URI)");

    private static final Pattern USER_INFO = Pattern.compile("://([^/@]*)@");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Z0-9_]+)\\)");

    @Test
    void theVariablesReadAreFoundInTheApplicationsFiles() {
        // The derivation itself: a few names each application certainly reads, so an empty list cannot pass.
        assertThat(ApplicationVariables.of("complaint-service"))
                .contains("MONGODB_URI", "RABBITMQ_PASSWORD", "SUMMER_JWT_SECRET", "SERVER_PORT");
        assertThat(ApplicationVariables.of("gateway")).contains("SUMMER_PUBLIC_URL", "COMPLAINT_SERVICE_URL");
        assertThat(ApplicationVariables.modulesOf("review-service")).contains("platform", "platform-events");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyVariableAnApplicationReadsIsSet(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (String module : Repository.DEPLOYABLE) {
            Container container = WorkloadManifestTest.single(rendered.get(Deployment.class, module));
            Set<String> read = ApplicationVariables.of(module);
            assertThat(Environment.of(rendered, container).keySet())
                    .as(overlay + " " + module + " sets every variable its files read")
                    .containsAll(read);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void credentialsComeFromSecretsOnly(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        rendered.podTemplates()
                .forEach((workload, template) -> WorkloadManifestTest.containers(template)
                        .forEach(container -> {
                            Map<String, String> environment = Environment.of(rendered, container);
                            environment.forEach((name, value) -> {
                                if (CREDENTIAL.matcher(name).matches()) {
                                    assertThat(fromSecrets(value, environment))
                                            .as(workload + " " + name + " comes from a Secret (is: " + value + ")")
                                            .isTrue();
                                }
                                assertThat(value)
                                        .as(workload + " " + name + ": no credentials written into a URL")
                                        .doesNotContainPattern("://[^$/@]+:[^$/@]+@");
                            });
                        }));
        for (ConfigMap map : rendered.all(ConfigMap.class)) {
            assertThat(map.getData().keySet())
                    .as("ConfigMap " + map.getMetadata().getName() + " holds no credential")
                    .noneMatch(key -> CREDENTIAL.matcher(key).matches());
        }
    }

    @Test
    void productionShipsNoSecretValues() {
        assertThat(RenderedOverlay.of("prod").all(Secret.class)).isEmpty();
    }

    @Test
    void developmentSecretsAreVisiblyDevelopmentOnes() {
        for (Secret secret : RenderedOverlay.of("dev").all(Secret.class)) {
            secret.getData()
                    .forEach((key, encoded) -> assertThat(
                                    new String(java.util.Base64.getDecoder().decode(encoded)))
                            .as(secret.getMetadata().getName() + "/" + key)
                            .matches("summer|dev-only-.*"));
        }
    }

    /** A Secret reference, or a value built only from literal text and references to variables from Secrets. */
    private static boolean fromSecrets(String value, Map<String, String> environment) {
        if (value.startsWith(Environment.SECRET)) {
            return true;
        }
        Matcher reference = REFERENCE.matcher(value);
        boolean referencesSecret = false;
        while (reference.find()) {
            String referenced = environment.getOrDefault(reference.group(1), "");
            if (CREDENTIAL.matcher(reference.group(1)).matches() && !referenced.startsWith(Environment.SECRET)) {
                return false;
            }
            referencesSecret |= referenced.startsWith(Environment.SECRET);
        }
        // The credentials of a connection string: references, never literals.
        Matcher userInfo = USER_INFO.matcher(value.replaceAll("\\$\\([A-Z0-9_]+\\)", ""));
        return referencesSecret && (!userInfo.find() || userInfo.group(1).equals(":"));
    }
}
