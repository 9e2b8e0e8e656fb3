import cn.summerhotline.embedded.EmbeddedBroker;
import cn.summerhotline.embedded.EmbeddedStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store and broker of the benchmark's backend: the local run's embedded ones, on free loopback
 * ports. Writes their coordinates as shell assignments to the file named by the first argument, then
 * runs until killed. Run with the embedded-infra classpath: java -cp CP bench/gateway/Infra.java FILE
 */
public class Infra {

    public static void main(String[] args) throws Exception {
        EmbeddedStore store = EmbeddedStore.inMemory();
        EmbeddedBroker broker = EmbeddedBroker.start("guest", "guest");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            store.close();
        }));
        Path tmp = Path.of(args[0] + ".tmp");
        Files.writeString(tmp, "MONGODB_URI=" + store.uri() + "\n"
                + "RABBITMQ_HOST=" + broker.host() + "\n"
                + "RABBITMQ_PORT=" + broker.port() + "\n");
        Files.move(tmp, Path.of(args[0]));
        Thread.currentThread().join();
    }
}
