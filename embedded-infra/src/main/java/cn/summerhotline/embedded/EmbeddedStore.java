package cn.summerhotline.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible store on a free loopback port: in memory for tests, in an H2 file for the
 * local run so that data survives a restart. It is not MongoDB (see STACK-NOTES): no transactions, no
 * text or geo queries, no TTL.
 */
public final class EmbeddedStore implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedStore(MongoServer server) {
        this.server = server;
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        this.address = server.getLocalAddress();
    }

    public static EmbeddedStore inMemory() {
        return new EmbeddedStore(new MongoServer(new MemoryBackend()));
    }

    public static EmbeddedStore inFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        return new EmbeddedStore(new MongoServer(new H2Backend(file.toString())));
    }

    public int port() {
        return address.getPort();
    }

    /** A connection string without a database: each service names its own. */
    public String uri() {
        return "mongodb://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
