package cn.summerhotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Services reach pods that exist on ports they expose; the Ingress, the network policies and the scrape agree. */
class TrafficManifestTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceSelectsAWorkloadsPodsAndNamesAPortItsContainerExposes(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (Service service : rendered.all(Service.class)) {
            String where = overlay + " Service " + service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            assertThat(selector).as(where + " selector").isNotEmpty();
            List<PodTemplateSpec> selected = rendered.podTemplates().values().stream()
                    .filter(pod -> Selectors.selects(selector, pod))
                    .toList();
            assertThat(selected).as(where + " selects a workload's pods").isNotEmpty();
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target =
                        port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                assertThat(selected)
                        .as(where + " port " + port.getName() + " targets " + target.getValue()
                                + ", a port of the selected containers")
                        .allMatch(pod -> exposes(pod, target));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayIsBehindAnIngressWithTls(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Ingress ingress = rendered.get(Ingress.class, "gateway");
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        assertThat(ingress.getSpec().getTls().get(0).getSecretName()).isNotBlank();
        ingress.getSpec().getRules().forEach(rule -> {
            assertThat(ingress.getSpec().getTls().get(0).getHosts()).contains(rule.getHost());
            rule.getHttp()
                    .getPaths()
                    .forEach(path ->
                            assertThat(path.getBackend().getService().getName()).isEqualTo("gateway"));
        });
        assertThat(rendered.find(Service.class, "gateway")).isPresent();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prometheusScrapesAPortTheContainerExposes(String overlay) {
        RenderedOverlay.of(overlay).podTemplates().forEach((workload, pod) -> {
            Map<String, String> annotations = pod.getMetadata().getAnnotations();
            if (workload.startsWith("Deployment/") && Repository.DEPLOYABLE.contains(workload.substring(11))) {
                assertThat(annotations)
                        .as(workload + " scrape annotations")
                        .containsEntry("prometheus.io/scrape", "true");
            }
            if (annotations != null && annotations.containsKey("prometheus.io/port")) {
                assertThat(exposes(pod, new IntOrString(Integer.parseInt(annotations.get("prometheus.io/port")))))
                        .as(workload + " scrape port")
                        .isTrue();
            }
        });
    }

    @Test
    void productionDeniesByDefaultAndEveryPolicySelectsExistingPods() {
        RenderedOverlay prod = RenderedOverlay.of("prod");
        List<NetworkPolicy> policies = prod.all(NetworkPolicy.class);
        assertThat(policies).as("a default deny for both directions").anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).isNullOrEmpty();
        });
        for (NetworkPolicy policy : policies) {
            String where = "NetworkPolicy " + policy.getMetadata().getName();
            assertThat(selectsPods(prod, policy.getSpec().getPodSelector()))
                    .as(where + " selects pods")
                    .isTrue();
            peers(policy)
                    .filter(peer -> peer.getNamespaceSelector() == null && peer.getPodSelector() != null)
                    .forEach(peer -> assertThat(selectsPods(prod, peer.getPodSelector()))
                            .as(where + " names pods that exist: " + peer.getPodSelector())
                            .isTrue());
        }
    }

    @Test
    void onlyTheGatewayTakesTrafficFromTheIngressController() {
        RenderedOverlay prod = RenderedOverlay.of("prod");
        for (NetworkPolicy policy : prod.all(NetworkPolicy.class)) {
            boolean fromIngressController = policy.getSpec().getIngress() != null
                    && policy.getSpec().getIngress().stream()
                            .flatMap(rule -> rule.getFrom() == null ? Stream.empty() : rule.getFrom().stream())
                            .anyMatch(peer -> peer.getNamespaceSelector() != null
                                    && "ingress-nginx"
                                            .equals(peer.getNamespaceSelector()
                                                    .getMatchLabels()
                                                    .get("kubernetes.io/metadata.name")));
            if (fromIngressController) {
                assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                        .containsEntry("app.kubernetes.io/name", "gateway");
            }
        }
    }

    private static Stream<NetworkPolicyPeer> peers(NetworkPolicy policy) {
        Stream<NetworkPolicyPeer> from = policy.getSpec().getIngress() == null
                ? Stream.empty()
                : policy.getSpec().getIngress().stream()
                        .flatMap(rule -> rule.getFrom() == null ? Stream.empty() : rule.getFrom().stream());
        Stream<NetworkPolicyPeer> to = policy.getSpec().getEgress() == null
                ? Stream.empty()
                : policy.getSpec().getEgress().stream()
                        .flatMap(rule -> rule.getTo() == null ? Stream.empty() : rule.getTo().stream());
        return Stream.concat(from, to);
    }

    private static boolean selectsPods(RenderedOverlay rendered, LabelSelector selector) {
        return rendered.podTemplates().values().stream()
                .anyMatch(pod -> Selectors.selects(selector, pod.getMetadata().getLabels()));
    }

    static boolean exposes(PodTemplateSpec pod, IntOrString port) {
        return pod.getSpec().getContainers().stream()
                .flatMap(c -> c.getPorts() == null ? Stream.empty() : c.getPorts().stream())
                .anyMatch(p ->
                        port.getValue().equals(p.getName()) || port.getValue().equals(p.getContainerPort()));
    }
}
