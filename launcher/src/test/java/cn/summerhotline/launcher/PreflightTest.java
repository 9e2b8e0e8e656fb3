package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path root;

    @Test
    void shouldNameTheMissingJarsAndHowToBuildThem() {
        String problem = Preflight.problem(new Checkout(root), Map.of()).orElseThrow();

        assertThat(problem)
                .contains("jars are missing")
                .contains("gateway/target/gateway.jar")
                .contains("./run.sh");
    }

    @Test
    void shouldRefuseAKnobItCannotReadBeforeItStartsAnything() throws IOException {
        Checkout built = withEveryJar();

        assertThat(Preflight.problem(built, Map.of("SUMMER_OPENDAY_INSTANCES", "9")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("SUMMER_OPENDAY_INSTANCES=9"));
        assertThat(Preflight.problem(built, Map.of("SUMMER_STORE", "tape")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("SUMMER_STORE"));
    }

    private Checkout withEveryJar() throws IOException {
        Checkout checkout = new Checkout(root);
        for (Module module : Module.ALL) {
            Files.createDirectories(checkout.jar(module).getParent());
            Files.writeString(checkout.jar(module), "a jar");
        }
        return checkout;
    }
}
