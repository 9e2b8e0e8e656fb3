package cn.summerhotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every pod of each overlay, hardened and sized; the applications' pods probed and shut down gracefully. */
class WorkloadManifestTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectIsOfAKindTheKubernetesModelKnowsWithKnownFieldsOnly(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        assertThat(rendered.objects).as("objects rendered").hasSizeGreaterThan(20);
        assertThat(rendered.unknown).as(overlay + ": read strictly").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodRunsAsNonRootWithTheRuntimeDefaultSeccompProfileAndNoServiceAccountToken(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        assertThat(rendered.podTemplates()).isNotEmpty();
        rendered.podTemplates().forEach((workload, template) -> {
            PodSpec pod = template.getSpec();
            PodSecurityContext security = pod.getSecurityContext();
            assertThat(security).as(workload + " securityContext").isNotNull();
            assertThat(security.getRunAsNonRoot())
                    .as(workload + " runAsNonRoot")
                    .isTrue();
            assertThat(security.getRunAsUser())
                    .as(workload + " runAsUser")
                    .isNotNull()
                    .isPositive();
            assertThat(security.getSeccompProfile().getType())
                    .as(workload + " seccomp")
                    .isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken())
                    .as(workload + " automountServiceAccountToken")
                    .isFalse();
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerDropsAllCapabilitiesCannotEscalateAndHasAReadOnlyRootFileSystem(String overlay) {
        RenderedOverlay.of(overlay)
                .podTemplates()
                .forEach((workload, template) -> containers(template).forEach(container -> {
                    String where = workload + " container " + container.getName();
                    SecurityContext security = container.getSecurityContext();
                    assertThat(security).as(where + " securityContext").isNotNull();
                    assertThat(security.getAllowPrivilegeEscalation())
                            .as(where + " allowPrivilegeEscalation")
                            .isFalse();
                    assertThat(security.getReadOnlyRootFilesystem())
                            .as(where + " readOnlyRootFilesystem")
                            .isTrue();
                    assertThat(security.getCapabilities().getDrop())
                            .as(where + " capabilities.drop")
                            .contains("ALL");
                    assertThat(security.getPrivileged())
                            .as(where + " privileged")
                            .isNotEqualTo(true);
                }));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerHasCpuAndMemoryRequestsAndLimitsAndAPinnedImage(String overlay) {
        RenderedOverlay.of(overlay)
                .podTemplates()
                .forEach((workload, template) -> containers(template).forEach(container -> {
                    String where = workload + " container " + container.getName();
                    assertThat(container.getResources().getRequests())
                            .as(where + " requests")
                            .containsKeys("cpu", "memory");
                    assertThat(container.getResources().getLimits())
                            .as(where + " limits")
                            .containsKeys("cpu", "memory");
                    String image = container.getImage();
                    assertThat(image)
                            .as(where + " image: a registry name and a pinned tag, never latest")
                            .matches("[a-z0-9.-]+(/[a-z0-9._-]+)*:[A-Za-z0-9._-]+(@sha256:[0-9a-f]{64})?")
                            .doesNotEndWith(":latest");
                }));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void applicationsAreProbedOnBootsProbeGroupsAndHaveAWritableTmpOnly(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (String module : Repository.DEPLOYABLE) {
            Deployment deployment = rendered.get(Deployment.class, module);
            Container container = single(deployment);
            String where = overlay + " " + module;
            assertProbe(where + " readiness", container, container.getReadinessProbe(), "readiness|readyz");
            assertProbe(where + " liveness", container, container.getLivenessProbe(), "liveness|livez");
            assertProbe(where + " startup", container, container.getStartupProbe(), "liveness|livez");
            assertThat(container.getImage()).as(where + " image").contains("/summer-hotline/" + module + ":");

            List<Volume> volumes = deployment.getSpec().getTemplate().getSpec().getVolumes();
            assertThat(container.getVolumeMounts())
                    .as(where + " mounts")
                    .singleElement()
                    .satisfies(mount -> {
                        assertThat(mount.getMountPath()).isEqualTo("/tmp");
                        assertThat(volumes)
                                .filteredOn(v -> v.getName().equals(mount.getName()))
                                .singleElement()
                                .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
                    });
            ServiceAccount account = rendered.get(
                    ServiceAccount.class,
                    deployment.getSpec().getTemplate().getSpec().getServiceAccountName());
            assertThat(account.getAutomountServiceAccountToken())
                    .as(where + " service account")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void applicationsOutliveTheirPreStopPauseAndGracefulShutdown(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (String module : Repository.DEPLOYABLE) {
            Deployment deployment = rendered.get(Deployment.class, module);
            Container container = single(deployment);
            Map<String, String> environment = Environment.of(rendered, container);
            long pause = container.getLifecycle().getPreStop().getSleep().getSeconds();
            long shutdown = Environment.seconds(environment.get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE"));
            assertThat(pause).as(module + " preStop pause").isPositive();
            assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                    .as(module + " terminationGracePeriodSeconds > preStop pause + shutdown timeout")
                    .isGreaterThan(pause + shutdown);
        }
    }

    private static void assertProbe(String where, Container container, Probe probe, String pathPattern) {
        assertThat(probe).as(where + " probe").isNotNull();
        assertThat(probe.getHttpGet()).as(where + " probe: HTTP").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(where + " path").containsPattern(pathPattern);
        Object port = probe.getHttpGet().getPort().getValue();
        assertThat(container.getPorts())
                .as(where + " probe port " + port + " is a port of the container")
                .anyMatch(p -> port.equals(p.getName()) || port.equals(p.getContainerPort()));
    }

    static Container single(Deployment deployment) {
        List<Container> containers =
                deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers)
                .as(deployment.getMetadata().getName() + " containers")
                .hasSize(1);
        return containers.get(0);
    }

    static Stream<Container> containers(PodTemplateSpec template) {
        List<Container> init = template.getSpec().getInitContainers();
        return Stream.concat(
                template.getSpec().getContainers().stream(), init == null ? Stream.empty() : init.stream());
    }
}
