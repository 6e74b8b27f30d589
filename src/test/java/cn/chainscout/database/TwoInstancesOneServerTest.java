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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.chainscout.ChainScoutApplication;
import cn.chainscout.SecondTier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/scaling.md's set-up, run for real: one Neo4j server process started on its own (Bolt with a
 * password, not embedded in any app) and two app instances, each a process of its own, pointed at it
 * with spring.neo4j.uri (bolt:// and neo4j:// routing). The first loads the seed, the second does not; both answer the same, and what
 * one writes (an API token) works at once on the other: the app keeps no state of its own.
 */
@SecondTier
class TwoInstancesOneServerTest {

    private static final String DB_PASSWORD = "server-secret-1";
    private static final String ADMIN_PASSWORD = "Admin-Passw0rd-42";

    @TempDir
    Path temp;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : processes.reversed()) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void twoAppInstancesShareOneSeparateServerAndSeeEachOthersWrites() throws Exception {
        int bolt = freePort();
        Process server = start(List.of(StandaloneNeo4jServer.class.getName(), temp.resolve("db").toString(),
                String.valueOf(bolt), DB_PASSWORD), List.of());
        assertThat(linesUntil(server, StandaloneNeo4jServer.READY)).last().asString().contains(StandaloneNeo4jServer.READY);

        int portA = freePort();
        int portB = freePort();
        Process first = start(List.of(ChainScoutApplication.class.getName()), app(portA, bolt, true));
        List<String> firstLog = linesUntil(first, "Started ChainScoutApplication");
        Process second = start(List.of(ChainScoutApplication.class.getName()), app(portB, bolt, false));
        List<String> secondLog = linesUntil(second, "Started ChainScoutApplication");

        assertThat(firstLog).as("the first instance's start").anyMatch(l -> l.contains("Started ChainScoutApplication"))
                .noneMatch(l -> l.contains("Embedded Neo4j started")).anyMatch(l -> l.contains("Seed classpath:"));
        assertThat(secondLog).as("the second instance's start").anyMatch(l -> l.contains("Started ChainScoutApplication"))
                .noneMatch(l -> l.contains("Embedded Neo4j started")).noneMatch(l -> l.contains("Seed classpath:"));

        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/chains", "/api/chains/food/gaps", "/api/leads?kind=CHAIN&chain=smart-terminal&limit=10")) {
            assertThat(send(portB, "GET", path, admin, null).body()).as(path).isEqualTo(send(portA, "GET", path, admin, null).body());
        }

        // a token made through the first instance signs in at once on the second
        HttpResponse<String> created = send(portA, "POST", "/api/tokens", admin, "{\"name\":\"two-instances\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(token.find()).as(created.body()).isTrue();
        HttpResponse<String> viaToken = send(portB, "GET", "/api/chains", "Bearer " + token.group(1), null);
        assertThat(viaToken.statusCode()).isEqualTo(200);
        assertThat(send(portB, "GET", "/api/chains", "Bearer not-a-token", null).statusCode()).isEqualTo(401);
    }

    /** The first instance speaks plain bolt://, the second neo4j:// (routing, as towards a cluster). */
    private static List<String> app(int port, int bolt, boolean seed) {
        return List.of("--server.port=" + port, "--spring.neo4j.uri=" + (seed ? "bolt" : "neo4j") + "://127.0.0.1:" + bolt,
                "--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=" + DB_PASSWORD,
                "--chainscout.seed.enabled=" + seed, "--chainscout.leads.warm-up=false",
                // two recorders would both write today's values: the trend recorder runs on one instance (docs/scaling.md)
                "--chainscout.dashboard.record-trend=" + seed);
    }

    private Process start(List<String> mainAndArgs, List<String> appArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        command.addAll(mainAndArgs);
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CHAINSCOUT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** The child's output up to the line holding {@code marker} (or its end); the rest is drained in the background. */
    private static List<String> linesUntil(Process child, String marker) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.contains(marker) || line.contains("APPLICATION FAILED TO START")) {
                break;
            }
        }
        CompletableFuture.runAsync(() -> out.lines().forEach(l -> { }));
        return lines;
    }

    private static HttpResponse<String> send(int port, String method, String path, String authorization, String json) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", authorization).header("Accept-Language", "zh-CN");
            request = json == null ? request.GET()
                    : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
