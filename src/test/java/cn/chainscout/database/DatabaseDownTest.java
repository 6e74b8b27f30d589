package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The app (in a child JVM) on an external Neo4j (here: one this test starts and stops): while the
 * database is down the API answers 503 JSON, and once it is back the same app answers again, without
 * a restart (the driver reconnects).
 */
class DatabaseDownTest {

    private static final String ADMIN_PASSWORD = "child-admin-password-for-tests";

    private Path dir;
    private DatabaseManagementService neo4j;
    private Process app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopEverything() throws IOException, InterruptedException {
        if (app != null) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (neo4j != null) {
            neo4j.shutdown();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void whileTheDatabaseIsDownTheApiSays503AndWhenItIsBackTheAppWorksAgainByItself() throws Exception {
        dir = Files.createTempDirectory("chainscout-external-");
        int bolt = freePort();
        int web = freePort();
        neo4j = startNeo4j(bolt);
        app = startApp(bolt, web);
        String chains = "http://localhost:" + web + "/api/chains";

        assertThat(waitForStatus(chains, 200, Duration.ofMinutes(6))).as("the app started on the external database").isEqualTo(200);

        neo4j.shutdown();
        neo4j = null;
        HttpResponse<String> down = get(chains);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":503", "temporarily unavailable").doesNotContain("Exception");

        neo4j = startNeo4j(bolt);
        assertThat(waitForStatus(chains, 200, Duration.ofMinutes(2))).as("the same app works again").isEqualTo(200);
    }

    private Process startApp(int bolt, int web) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", classPath, "cn.chainscout.ChainScoutApplication",
                "--server.port=" + web, "--spring.neo4j.uri=bolt://127.0.0.1:" + bolt,
                "--chainscout.seed.enabled=false", "--chainscout.leads.warm-up=false"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "database-down-app.log").toFile());
        builder.environment().put("CHAINSCOUT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return builder.start();
    }

    private int waitForStatus(String url, int wanted, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        int last = -1;
        while (System.nanoTime() < until && app.isAlive()) {
            try {
                last = get(url).statusCode();
                if (last == wanted) {
                    return last;
                }
            } catch (IOException notYet) {
                last = -1;
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", basic)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private DatabaseManagementService startNeo4j(int port) {
        return new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("32m"))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
