package cn.summerhotline.launcher;

import cn.summerhotline.embedded.EmbeddedBroker;
import cn.summerhotline.embedded.EmbeddedStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The one-command local run: an embedded store and broker unless real ones are named, the four
 * services and the gateway as child JVMs, readiness as it comes, and everything stopped on Ctrl-C.
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Checkout checkout;
    private final Map<String, String> env;
    private final Instant started;
    private final List<Module> modules;
    private final List<Child> children = new CopyOnWriteArrayList<>();
    private final List<ClassDataSharing> archives = new CopyOnWriteArrayList<>();
    private final Set<Module> ready = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile EmbeddedStore store;
    private volatile EmbeddedBroker broker;

    Launcher(Checkout checkout, Map<String, String> env, Instant started) {
        this.checkout = checkout;
        this.env = env;
        this.started = started;
        this.modules = Module.forRun(OpendayInstances.from(env));
    }

    public static void main(String[] args) throws InterruptedException {
        Instant started = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        Checkout checkout = Checkout.locate();
        // Before anything logs: the embedded store and broker write to data/logs/launcher.log.
        System.setProperty("summer.logs", checkout.logs().toString());

        Preflight.problem(checkout, System.getenv()).ifPresent(Launcher::fail);

        Launcher launcher = new Launcher(checkout, System.getenv(), started);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "summer-launcher-stop"));
        try {
            launcher.run();
        } catch (RuntimeException e) {
            System.err.println("\nThe local run could not start: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
        }
        launcher.stopped.await();
    }

    private static void fail(String message) {
        System.err.println("The local run cannot start: " + message);
        System.exit(2);
    }

    void run() {
        Endpoints endpoints = startInfrastructure();
        printInfrastructure(endpoints);
        startChildren(endpoints);

        List<Module> notReady = awaitReadiness();
        if (stopping) {
            return;
        }
        if (notReady.isEmpty()) {
            say("Summer Hotline is ready in %.1f s.", seconds());
        } else {
            say(
                    "Summer Hotline started with problems: %s not ready after %.1f s; see their logs in %s.",
                    notReady.stream().map(Module::logName).collect(Collectors.joining(", ")),
                    seconds(),
                    checkout.relative(checkout.logs()));
        }
        System.out.print(Summary.text(checkout, children, endpoints.jwtSecret().isPresent()));
        System.out.flush();
        if (notReady.isEmpty()) {
            dumpArchivesInBackground();
        }
    }

    /** The embedded store and broker (each only when the environment names no real one) and the secret. */
    Endpoints startInfrastructure() {
        return Endpoints.resolve(
                env,
                () -> {
                    store = StoreKeeping.from(env) == StoreKeeping.MEMORY
                            ? EmbeddedStore.inMemory()
                            : EmbeddedStore.inFile(checkout.store());
                    return store.uri();
                },
                (user, password) -> {
                    broker = EmbeddedBroker.start(user, password);
                    return broker.port();
                },
                () -> LocalSecret.loadOrCreate(checkout.secret()));
    }

    private void startChildren(Endpoints endpoints) {
        List<String> jvmOptions = JvmOptions.forChildren(env);
        boolean sharing = !"off".equalsIgnoreCase(String.valueOf(env.get("SUMMER_CDS")));
        // In parallel: a child whose jar changed first extracts it, which should not delay the others.
        ExecutorService starters = Executors.newFixedThreadPool(modules.size());
        List<CompletableFuture<Child>> starting = new ArrayList<>();
        for (Module module : modules) {
            // The archive of a module is recorded and dumped by its first instance only: two JVMs must not
            // write one archive, so a further instance runs the jar itself.
            boolean archived = sharing && module.instance() == 1;
            starting.add(
                    CompletableFuture.supplyAsync(() -> startChild(module, endpoints, jvmOptions, archived), starters));
        }
        starters.shutdown();
        for (CompletableFuture<Child> future : starting) {
            Child child = future.join();
            children.add(child);
            if (stopping) {
                child.requestStop();
            }
            child.onExit().thenRun(() -> reportExit(child));
            say("started %-18s pid %-8d log %s", child.module().logName(), child.pid(), checkout.relative(child.log()));
        }
        say("waiting for every service's readiness (the first start after a build takes longest)...");
    }

    private Child startChild(Module module, Endpoints endpoints, List<String> jvmOptions, boolean sharing) {
        String java = Child.javaExecutable();
        Path jar = checkout.jar(module);
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        if (sharing) {
            ClassDataSharing archive = new ClassDataSharing(checkout.startupCache(module), jar, java);
            command.addAll(archive.launchArguments());
            if (archive.listing()) {
                archives.add(archive);
            }
        } else {
            command.add("-jar");
            command.add(jar.toString());
        }
        return Child.start(
                module,
                checkout.root().resolve(module.name()),
                command,
                ChildEnvironment.of(module, endpoints, env, Module.opendays(modules)),
                checkout.log(module));
    }

    private void dumpArchivesInBackground() {
        ArchiveDumps.inBackground(
                archives,
                () -> stopping,
                made -> say(
                        "(recorded %d class archive(s) in %s: the next start is faster)",
                        made, checkout.relative(checkout.data().resolve("cds"))));
    }

    private void printInfrastructure(Endpoints endpoints) {
        InfrastructureSummary.lines(endpoints, checkout, StoreKeeping.from(env)).forEach(line -> say("%s", line));
        List<Module> opendays = Module.opendays(modules);
        if (opendays.size() > 1) {
            say(
                    "%d openday-service instances on this store and broker, ports %s; the gateway balances between"
                            + " them (%s)",
                    opendays.size(),
                    opendays.stream()
                            .map(module -> String.valueOf(module.port()))
                            .collect(Collectors.joining(", ")),
                    OpendayInstances.VARIABLE);
        }
    }

    /** Polls every child still alive until all are ready, reporting each as it becomes ready. */
    private List<Module> awaitReadiness() {
        Readiness readiness = new Readiness();
        Set<Child> waiting = new LinkedHashSet<>(children);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!waiting.isEmpty() && !stopping && Instant.now().isBefore(deadline)) {
            for (Child child : new ArrayList<>(waiting)) {
                if (!child.alive()) {
                    waiting.remove(child);
                } else if (readiness.ready(child.module())) {
                    waiting.remove(child);
                    ready.add(child.module());
                    say(
                            "ready   %-18s %s (pid %d) after %.1f s",
                            child.module().logName(),
                            "http://localhost:" + child.module().port(),
                            child.pid(),
                            seconds());
                }
            }
            if (!waiting.isEmpty()) {
                sleep(Duration.ofMillis(250));
            }
        }
        List<Module> notReady = new ArrayList<>();
        for (Child child : children) {
            if (waiting.contains(child) || !child.alive()) {
                notReady.add(child.module());
            }
        }
        return notReady;
    }

    private void reportExit(Child child) {
        if (!stopping) {
            say("%s", ExitNotice.of(child, ready.contains(child.module()), checkout.relative(child.log())));
        }
    }

    /** Children first, so they close their connections while the store and broker still answer. */
    void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        say("stopping...");
        children.forEach(Child::requestStop);
        archives.forEach(ClassDataSharing::cancel);
        for (Child child : children) {
            if (!child.awaitStop(STOP_TIMEOUT)) {
                say("%s did not stop within %d s and was killed", child.module().logName(), STOP_TIMEOUT.toSeconds());
            }
        }
        if (broker != null) {
            // Qpid has a shutdown hook of its own that may have closed it already.
            closeQuietly("the embedded broker", broker);
        }
        if (store != null) {
            // Closing the H2 file store commits what its background writer has not written yet.
            closeQuietly("the embedded store", store);
        }
        say("stopped everything.");
        stopped.countDown();
    }

    private static void closeQuietly(String what, AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(Launcher.class).debug("closing {} failed", what, e);
        }
    }

    private double seconds() {
        return Duration.between(started, Instant.now()).toMillis() / 1000.0;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
        System.out.flush();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
