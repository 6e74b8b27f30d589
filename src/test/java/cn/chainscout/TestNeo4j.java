package cn.chainscout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

/**
 * A small embedded Neo4j of a test's own, on files the test owns (the kill tests restart one on the
 * same files; the backup tests restore into an empty one): Bolt on loopback, no HTTP, a small page cache.
 */
public final class TestNeo4j {

    /** Starts a database on these files with Bolt on this loopback port. */
    public static DatabaseManagementService start(Path dir, int boltPort) {
        return new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("32m"))
                .build();
    }

    /** A driver for the database {@link #start} opened on this port. */
    public static Driver driver(int boltPort) {
        return GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
    }

    /** Opens the database on these files, does the work through a driver, and shuts it down again. */
    public static <T> T with(Path dir, Function<Driver, T> work) {
        int port = freePort();
        DatabaseManagementService service = start(dir, port);
        try (Driver driver = driver(port)) {
            return work.apply(driver);
        } finally {
            service.shutdown();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestNeo4j() {
    }
}
