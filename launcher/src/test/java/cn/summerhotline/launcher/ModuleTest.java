package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleTest {

    @Test
    void shouldRunTheModulesOnceEachWithOneOpendayInstance() {
        assertThat(Module.forRun(1)).isEqualTo(Module.ALL);
        assertThat(Module.OPENDAY.instance()).isEqualTo(1);
        assertThat(Module.OPENDAY.logName()).isEqualTo("openday-service");
    }

    @Test
    void shouldListTheSecondOpendayInstanceRightAfterTheFirstOnItsOwnPortWithTheGatewayLast() {
        List<Module> modules = Module.forRun(2);

        assertThat(modules)
                .extracting(Module::logName)
                .containsExactly(
                        "complaint-service",
                        "publicity-service",
                        "openday-service",
                        "openday-service-2",
                        "review-service",
                        "gateway");
        assertThat(Module.opendays(modules))
                .extracting(Module::name, Module::port, Module::instance)
                .containsExactly(tuple("openday-service", 8083, 1), tuple("openday-service", 8093, 2));
        assertThat(modules.get(modules.size() - 1).isGateway()).isTrue();
        assertThat(modules).doesNotHaveDuplicates();
    }

    @Test
    void shouldPutEachFurtherInstanceTenPortsAboveTheOneBefore() {
        assertThat(Module.forRun(4))
                .extracting(Module::port)
                .containsExactly(8081, 8082, 8083, 8093, 8103, 8113, 8084, 8080);
    }

    @Test
    void shouldWriteEachInstancesLogToAFileOfItsOwn() {
        Checkout checkout = new Checkout(Path.of("/home/dev/summer-hotline"));

        assertThat(checkout.relative(checkout.log(Module.OPENDAY))).isEqualTo("data/logs/openday-service.log");
        assertThat(checkout.relative(checkout.log(Module.OPENDAY.instance(2))))
                .isEqualTo("data/logs/openday-service-2.log");
        assertThat(checkout.jar(Module.OPENDAY.instance(2))).isEqualTo(checkout.jar(Module.OPENDAY));
    }
}
