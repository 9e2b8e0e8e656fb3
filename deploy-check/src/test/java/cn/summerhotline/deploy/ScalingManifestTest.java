package cn.summerhotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** openday-service scales out and keeps its pods through disruptions; production's store and broker are clustered. */
class ScalingManifestTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theAutoscalerTargetsTheOpendayDeploymentOnCpuAndOwnsItsReplicaCount(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        HorizontalPodAutoscaler hpa = rendered.get(HorizontalPodAutoscaler.class, "openday-service");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        Deployment openday =
                rendered.get(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
        assertThat(openday.getMetadata().getName()).isEqualTo("openday-service");
        assertThat(openday.getSpec().getReplicas())
                .as("no count for the autoscaler to fight")
                .isNull();
        assertThat(hpa.getSpec().getMetrics())
                .singleElement()
                .satisfies(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
        assertThat(WorkloadManifestTest.single(openday).getResources().getRequests())
                .as("CPU utilisation is measured against the request")
                .containsKey("cpu");

        HorizontalPodAutoscalerBehavior behavior = hpa.getSpec().getBehavior();
        assertThat(behavior.getScaleUp().getStabilizationWindowSeconds())
                .as("up at once")
                .isZero();
        assertThat(behavior.getScaleDown().getStabilizationWindowSeconds())
                .as("down after five calm minutes")
                .isGreaterThanOrEqualTo(300);
        assertThat(behavior.getScaleUp().getPolicies())
                .as("up: at least doubling per period")
                .anySatisfy(p -> {
                    assertThat(p.getType()).isEqualTo("Percent");
                    assertThat(p.getValue()).isGreaterThanOrEqualTo(100);
                });
    }

    @Test
    void productionRunsTwoToTwentyOpendayReplicas() {
        HorizontalPodAutoscaler hpa = RenderedOverlay.of("prod").get(HorizontalPodAutoscaler.class, "openday-service");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(20);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyApplicationHasADisruptionBudgetOverItsOwnPods(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (String module : Repository.DEPLOYABLE) {
            PodDisruptionBudget budget = rendered.get(PodDisruptionBudget.class, module);
            Deployment deployment = rendered.get(Deployment.class, module);
            assertThat(Selectors.selects(
                            budget.getSpec().getSelector(),
                            deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .as(module + " budget selects its pods")
                    .isTrue();
        }
    }

    @Test
    void productionRunsAMongodbReplicaSetOfThreeOnePerNode() {
        RenderedOverlay prod = RenderedOverlay.of("prod");
        StatefulSet mongodb = prod.get(StatefulSet.class, "mongodb");
        assertThat(mongodb.getSpec().getReplicas()).isEqualTo(3);
        assertThat(mongodb.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getArgs())
                .contains("--replSet=rs0");
        assertOnePerNode(mongodb);
        assertKeepsTwo(prod, mongodb);
        assertThat(prod.get(ConfigMap.class, "summer-platform").getData().get("MONGODB_HOSTS"))
                .as("the services know every member")
                .contains("mongodb-0.mongodb", "mongodb-1.mongodb", "mongodb-2.mongodb");
    }

    @Test
    void productionRunsARabbitmqClusterOfThreeWithQuorumQueuesByDefault() {
        RenderedOverlay prod = RenderedOverlay.of("prod");
        StatefulSet rabbitmq = prod.get(StatefulSet.class, "rabbitmq");
        assertThat(rabbitmq.getSpec().getReplicas()).isEqualTo(3);
        assertOnePerNode(rabbitmq);
        assertKeepsTwo(prod, rabbitmq);
        assertThat(prod.get(ConfigMap.class, "rabbitmq-config").getData().get("rabbitmq.conf"))
                .containsPattern("(?m)^default_queue_type = quorum$")
                .contains("rabbit@rabbitmq-0.rabbitmq-nodes", "rabbit@rabbitmq-2.rabbitmq-nodes");
    }

    private static void assertOnePerNode(StatefulSet set) {
        List<PodAffinityTerm> terms = set.getSpec()
                .getTemplate()
                .getSpec()
                .getAffinity()
                .getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution();
        assertThat(terms)
                .as(set.getMetadata().getName() + " members on different nodes")
                .anySatisfy(term -> {
                    assertThat(term.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                    assertThat(Selectors.selects(
                                    term.getLabelSelector(),
                                    set.getSpec().getTemplate().getMetadata().getLabels()))
                            .isTrue();
                });
    }

    private static void assertKeepsTwo(RenderedOverlay rendered, StatefulSet set) {
        PodDisruptionBudget budget =
                rendered.get(PodDisruptionBudget.class, set.getMetadata().getName());
        assertThat(budget.getSpec().getMinAvailable().getValue()).isEqualTo(2);
        assertThat(Selectors.selects(
                        budget.getSpec().getSelector(),
                        set.getSpec().getTemplate().getMetadata().getLabels()))
                .isTrue();
    }
}
