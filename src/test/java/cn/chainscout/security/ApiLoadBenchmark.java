package cn.chainscout.security;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 20 concurrent API clients on the seed for a while (60 s each by default, -Dchainscout.load.seconds), first
 * with HTTP Basic (bcrypt on every call), then with an API token: requests per second, p50/p95, errors.
 * A benchmark with a report (target/api-load.md), not a pass/fail test:
 * {@code ./mvnw test -Dtest=ApiLoadBenchmark -Dchainscout.excludedGroups=none}.
 */
@ChainScoutTest
@Tag("benchmark")
class ApiLoadBenchmark {

    private static final int CLIENTS = 20;
    private static final String PATH = "/api/chains";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;

    @Test
    void basicAgainstTokens() throws Exception {
        int seconds = Integer.getInteger("chainscout.load.seconds", 60);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                TestUser.LEADER.username(), null, List.of(new SimpleGrantedAuthority("ROLE_LEADER"))));
        String token;
        try {
            token = tokens.create("load benchmark").token();
        } finally {
            SecurityContextHolder.clearContext();
        }
        run("warm-up", TestUser.LEADER.authorization(), 5);
        run("warm-up", "Bearer " + token, 5);
        Result basic = run("HTTP Basic", TestUser.LEADER.authorization(), seconds);
        Result bearer = run("API token", "Bearer " + token, seconds);
        String load = String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String report = "## API sign-in under load (`ApiLoadBenchmark`)\n\n"
                + LocalDateTime.now().withNano(0) + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + load + " at the end (other work on the machine inflates every figure). " + CLIENTS
                + " clients in one JVM with the app, each calling `GET " + PATH + "` back to back for " + seconds
                + " s, on the seed.\n\n| sign-in | requests | requests/s | p50 ms | p95 ms | errors |\n|---|---|---|---|---|---|\n"
                + basic.row() + bearer.row() + String.format(Locale.ROOT, "\nTokens: %.1f× the requests per second of Basic.%n",
                bearer.perSecond() / basic.perSecond());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/api-load.md"), report);
        System.out.println(report);
    }

    private record Result(String name, long requests, double perSecond, double p50, double p95, long errors) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d |%n", name, requests, perSecond, p50, p95, errors);
        }
    }

    private Result run(String name, String authorization, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        times.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new Result(name, sorted.size(), sorted.size() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.95), errors.get());
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
