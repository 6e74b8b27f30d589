package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.chainscout.ChainScoutApplication;
import cn.chainscout.ChainScoutTest;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Several app instances side by side on one database: a second instance, in a process of its own,
 * started against the test database as an external server through neo4j:// routing, starts nothing
 * embedded, loads no seed, and answers exactly as the first. The app keeps no state outside Neo4j.
 */
@SecondTier
@ChainScoutTest
class SecondInstanceTest {

    @Autowired
    EmbeddedNeo4jConfiguration.EmbeddedNeo4j neo4j;
    @LocalServerPort
    int port;

    @Test
    void aSecondInstanceThroughRoutingAnswersAsTheFirst() throws Exception {
        int secondPort = freePort();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", classPath, ChainScoutApplication.class.getName(), "--server.port=" + secondPort,
                "--spring.neo4j.uri=neo4j://127.0.0.1:" + neo4j.boltPort(), "--chainscout.seed.enabled=false",
                "--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=" + neo4j.password(),
                "--chainscout.leads.warm-up=false",
                // it shares the suite's graph: its trend recorder would write between other tests' before and after
                "--chainscout.dashboard.record-trend=false").redirectErrorStream(true).start();
        try {
            List<String> startLog = started(second);
            assertThat(startLog).as("the second instance's start").anyMatch(l -> l.contains("Started ChainScoutApplication"))
                    .noneMatch(l -> l.contains("Embedded Neo4j started")).noneMatch(l -> l.contains("Seed classpath:"));
            for (String path : List.of("/api/chains", "/api/chains/food/gaps", "/api/leads?kind=CHAIN&chain=smart-terminal&limit=10",
                    "/api/companies/byd-electronics-changsha")) {
                assertThat(get(secondPort, path)).as(path).isEqualTo(get(port, path));
            }
        } finally {
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    /** The child's output up to its "Started" line (or its end); the rest is drained in the background. */
    private static List<String> started(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new java.util.ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.contains("Started ChainScoutApplication") || line.contains("APPLICATION FAILED TO START")) {
                break;
            }
        }
        CompletableFuture.runAsync(() -> out.lines().forEach(l -> { }));
        return lines;
    }

    private static String get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", TestUser.LEADER.authorization()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + " on port " + port).isEqualTo(200);
            return response.body();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
