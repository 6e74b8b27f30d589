package cn.chainscout.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the app, Bolt on loopback only, when no {@code spring.neo4j.uri} is set.
 * The app still talks to it through the normal driver over Bolt, exactly as to a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);
    private static final String LOOPBACK = "127.0.0.1";
    /** The built-in Neo4j administrator the app's driver signs in as. */
    static final String USER = "neo4j";
    /** Kept in the data directory, readable by its owner only (POSIX 600), when no password is configured. */
    static final String PASSWORD_FILE = "chainscout-neo4j-password";
    private static final String PASSWORD_SETTING = "chainscout.neo4j.embedded.password";

    @Bean(destroyMethod = "stop")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        Path dir = properties.ephemeral() ? temporaryDirectory() : properties.dataDir().toAbsolutePath().normalize();
        checkWritable(dir, properties.ephemeral());
        int port = properties.boltPort() == 0 ? freePort() : checkPortFree(properties.boltPort());
        String password = password(properties, dir);
        long started = System.nanoTime();
        DatabaseManagementService service = open(dir, port, properties);
        setPassword(service, password);
        log.info("Embedded Neo4j started in {} ms: bolt://{}:{} (user {}), data in {}",
                (System.nanoTime() - started) / 1_000_000, LOOPBACK, port, USER, dir);
        return new EmbeddedNeo4j(service, port, dir, properties.ephemeral(), password);
    }

    /** A data directory another process holds, or one the app may not write into, is one line naming the setting. */
    private static DatabaseManagementService open(Path dir, int port, EmbeddedNeo4jProperties properties) {
        try {
            return build(dir, port, properties);
        } catch (RuntimeException e) {
            String setting = properties.ephemeral() ? "java.io.tmpdir" : "chainscout.neo4j.embedded.data-dir";
            String cause = rootCause(e);
            if (cause.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                throw new StartupConfigurationException(setting, "the database in " + dir
                        + " is in use by another process (the app or a backup command already running on it): " + cause, e);
            }
            throw new StartupConfigurationException(setting, "cannot open the database in " + dir + ": " + cause, e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage().lines().findFirst().orElse(""));
    }

    private static DatabaseManagementService build(Path dir, int port, EmbeddedNeo4jProperties properties) {
        return new DatabaseManagementServiceBuilder(dir)
                // Bolt asks for a user and password: any local process could otherwise read and change the graph
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .build();
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j neo4j) {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(USER, neo4j.password()));
    }

    /** The configured password, else the one kept in the data directory, else a new one written there. */
    private static String password(EmbeddedNeo4jProperties properties, Path dir) {
        if (properties.password() != null && !properties.password().isBlank()) {
            if (properties.password().length() < 8) {
                throw new StartupConfigurationException(PASSWORD_SETTING, "at least 8 characters");
            }
            return properties.password();
        }
        Path file = dir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            log.info("Embedded Neo4j: a password for user {} was generated and kept in {} (readable by its owner only)", USER, file);
            return generated;
        } catch (IOException e) {
            throw new StartupConfigurationException(PASSWORD_SETTING,
                    "none set, and the generated one cannot be kept in " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Sets the Bolt user's password in-process (no sign-in needed there); the same password again is a no-op. */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                service.shutdown();
                throw new StartupConfigurationException(PASSWORD_SETTING, "cannot set it (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * The embedded database itself, for bulk writes only (the synthetic generator): in-process
     * transactions skip Bolt's encoding of every row. Everything else goes through the driver.
     */
    @Bean
    GraphDatabaseService embeddedGraphDatabase(EmbeddedNeo4j neo4j) {
        return neo4j.service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("chainscout-neo4j-");
        } catch (IOException e) {
            throw new StartupConfigurationException("java.io.tmpdir", "cannot create a temporary data directory: " + e.getMessage(), e);
        }
    }

    private static void checkWritable(Path dir, boolean ephemeral) {
        String setting = ephemeral ? "java.io.tmpdir" : "chainscout.neo4j.embedded.data-dir";
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new StartupConfigurationException(setting, "cannot create data directory " + dir + " (" + e + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new StartupConfigurationException(setting, "data directory " + dir + " is not writable");
        }
    }

    private static int checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return port;
        } catch (IOException e) {
            throw new StartupConfigurationException("chainscout.neo4j.embedded.bolt-port",
                    "port " + port + " on " + LOOPBACK + " is already in use (" + e.getMessage() + ")", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running embedded database; stopping it also removes an ephemeral data directory. */
    record EmbeddedNeo4j(DatabaseManagementService service, int boltPort, Path dataDir, boolean ephemeral, String password) {

        String boltUri() {
            return "bolt://" + LOOPBACK + ":" + boltPort;
        }

        void stop() {
            service.shutdown();
            if (ephemeral) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    log.warn("Could not delete temporary data directory {}: {}", dataDir, e.getMessage());
                }
            }
        }
    }
}
