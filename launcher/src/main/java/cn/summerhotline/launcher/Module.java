package cn.summerhotline.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the applications the local run starts as a child JVM, on its fixed port. {@code instance} counts from 1:
 * only openday-service may run more than once (for the registration benchmark), each further instance ten ports
 * above the one before, clear of the other modules' 8080-8084.
 */
record Module(String name, int port, int instance) {

    static final Module GATEWAY = new Module("gateway", 8080);
    static final Module COMPLAINT = new Module("complaint-service", 8081);
    static final Module PUBLICITY = new Module("publicity-service", 8082);
    static final Module OPENDAY = new Module("openday-service", 8083);
    static final Module REVIEW = new Module("review-service", 8084);

    /** The gateway last in the list: it is the one a user talks to, so it is reported last. */
    static final List<Module> ALL = List.of(COMPLAINT, PUBLICITY, OPENDAY, REVIEW, GATEWAY);

    private static final int INSTANCE_PORT_STEP = 10;

    /** The first (and usually only) instance of a module. */
    Module(String name, int port) {
        this(name, port, 1);
    }

    /** {@link #ALL} with openday-service's further instances right after the first; the gateway still last. */
    static List<Module> forRun(int opendayInstances) {
        if (opendayInstances < 1) {
            throw new IllegalArgumentException("at least one openday-service instance, not " + opendayInstances);
        }
        List<Module> modules = new ArrayList<>();
        for (Module module : ALL) {
            modules.add(module);
            if (module.equals(OPENDAY)) {
                for (int n = 2; n <= opendayInstances; n++) {
                    modules.add(OPENDAY.instance(n));
                }
            }
        }
        return List.copyOf(modules);
    }

    /** The n-th instance (from 1) of this module's first instance. */
    Module instance(int n) {
        return new Module(name, port + INSTANCE_PORT_STEP * (n - 1), n);
    }

    /** The instances of openday-service in a run's list of modules, the first first. */
    static List<Module> opendays(List<Module> modules) {
        return modules.stream()
                .filter(module -> module.name().equals(OPENDAY.name()))
                .toList();
    }

    boolean isGateway() {
        return this.equals(GATEWAY);
    }

    /** What the console and the log file call this instance: the module's name, with -n from the second on. */
    String logName() {
        return instance == 1 ? name : name + "-" + instance;
    }

    String localUrl() {
        return "http://127.0.0.1:" + port;
    }
}
