package cn.chainscout.database;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j server in a process of its own, for the test that runs several app instances against one
 * database: Bolt on loopback with authentication, nothing of the app inside. Arguments: data folder,
 * Bolt port, password of the user neo4j. It prints a ready line and serves until it is stopped.
 */
public final class StandaloneNeo4jServer {

    static final String READY = "STANDALONE NEO4J READY";

    private StandaloneNeo4jServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dir)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
        // the server's own administration: set the password in-process, as an operator would with neo4j-admin
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", args[2]));
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
