package cn.summerhotline.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An overlay as {@code kubectl kustomize} renders it, each object parsed into the fabric8 Kubernetes model, strictly
 * (a kind the model does not know, or a field it does not know anywhere in an object, is listed in
 * {@link #unknown}, which {@code WorkloadManifestTest} requires empty), and rendered once per JVM.
 */
final class RenderedOverlay {

    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String name;
    final List<HasMetadata> objects;
    /** What the strict reading found: objects of unknown kinds, fields the model does not know. */
    final List<String> unknown;

    private RenderedOverlay(String name, List<HasMetadata> objects, List<String> unknown) {
        this.name = name;
        this.objects = List.copyOf(objects);
        this.unknown = List.copyOf(unknown);
    }

    static RenderedOverlay of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, RenderedOverlay::render);
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String objectName) {
        return all(kind).stream()
                .filter(o -> o.getMetadata().getName().equals(objectName))
                .findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String objectName) {
        return find(kind, objectName)
                .orElseThrow(() ->
                        new AssertionError(name + " renders no " + kind.getSimpleName() + " named " + objectName));
    }

    /** The pod templates of every workload, by "Kind/name". */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class)
                .forEach(d -> templates.put(
                        "Deployment/" + d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class)
                .forEach(s -> templates.put(
                        "StatefulSet/" + s.getMetadata().getName(), s.getSpec().getTemplate()));
        all(Job.class)
                .forEach(j -> templates.put(
                        "Job/" + j.getMetadata().getName(), j.getSpec().getTemplate()));
        return templates;
    }

    private static RenderedOverlay render(String overlay) {
        String yaml = kustomize("k8s/overlays/" + overlay);
        List<HasMetadata> objects = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            HasMetadata object = SERIALIZATION.unmarshal(document, HasMetadata.class);
            String where = overlay + ": " + object.getKind() + "/"
                    + object.getMetadata().getName();
            if (object instanceof GenericKubernetesResource) {
                unknown.add(where + " is of a kind the Kubernetes model does not know (a typo in apiVersion or kind?)");
            } else {
                StrictModel.unknownFields(object)
                        .forEach(field -> unknown.add(where + " has an unknown field " + field));
                objects.add(object);
            }
        }
        return new RenderedOverlay(overlay, objects, unknown);
    }

    /** Runs {@code kubectl kustomize}; without kubectl the test fails saying how to get it. */
    static String kustomize(String directory) {
        ProcessBuilder command = new ProcessBuilder(
                "kubectl", "kustomize", Repository.path(directory).toString());
        Process process;
        try {
            process = command.redirectErrorStream(false).start();
        } catch (IOException missing) {
            throw new AssertionError(
                    "kubectl is needed to render the manifests (kubectl kustomize) and was not found"
                            + " on PATH: install it (Debian: apt-get install -y kubectl; .ci/run does this)",
                    missing);
        }
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(
                        "kubectl kustomize " + directory + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("kubectl kustomize " + directory + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + directory, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
