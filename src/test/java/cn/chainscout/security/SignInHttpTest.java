package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import cn.chainscout.common.user.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in to the REST API: 401 without or with wrong credentials, guessing slowed, one-time passwords refused. */
@ChainScoutTest
class SignInHttpTest {

    private static final String PROBE = "throttle-probe";
    private static final String PROBE_PASSWORD = "probe-password-for-tests";

    @LocalServerPort
    int port;
    @Autowired
    UserQueries users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    cn.chainscout.audit.AuditTrail audit;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutCredentialsTheApiSays401AsJsonAndHowToSignIn() throws Exception {
        HttpResponse<String> response = get("/api/chains", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(response.body()).contains("\"status\":401", "HTTP Basic");
        assertThat(get("/api/chains", basic(TestUser.LEADER.username(), "wrong")).statusCode()).isEqualTo(401);
        assertThat(get("/api/chains", TestUser.LEADER.authorization()).statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheNameEvenForTheRightPasswordUntilTheLockEnds() throws Exception {
        if (users.find(PROBE).isEmpty()) {
            users.create(PROBE, encoder.encode(PROBE_PASSWORD), List.of(Roles.LEADER), false, "test");
        }
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(get("/api/chains", basic(PROBE, "guess-" + i)).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = get("/api/chains", basic(PROBE, PROBE_PASSWORD));
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).isPresent();
            assertThat(locked.body()).contains("Too many failed sign-ins");
            // other users are not affected
            assertThat(get("/api/chains", TestUser.ANALYST.authorization()).statusCode()).isEqualTo(200);
        } finally {
            throttle.succeeded(PROBE, "127.0.0.1");
        }
        assertThat(get("/api/chains", basic(PROBE, PROBE_PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void aOneTimePasswordDoesNotOpenTheApiUntilChanged() throws Exception {
        String name = "one-time-" + System.nanoTime();
        users.create(name, encoder.encode("one-time-secret-1"), List.of(Roles.LEADER), true, "test");
        assertThat(get("/api/chains", basic(name, "one-time-secret-1")).statusCode()).isEqualTo(401);
    }

    @Test
    void aGuessingRunLeavesOneEntryPerWrongPasswordAndOneForTheLockWithTheNameCut() throws Exception {
        String name = "guess-" + System.nanoTime() + "-" + "x".repeat(200);
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(get("/api/chains", basic(name, "guess-" + i)).statusCode()).isEqualTo(401);
            }
            for (int i = 0; i < 10; i++) {
                assertThat(get("/api/chains", basic(name, "more-" + i)).statusCode()).isEqualTo(429);
            }
        } finally {
            throttle.succeeded(name, "127.0.0.1");
        }
        String kept = name.substring(0, SignInAudit.MAX_NAME) + "…";
        List<cn.chainscout.audit.AuditEntry> entries = cn.chainscout.common.user.CurrentUser.asSystem(() -> audit.search(
                new cn.chainscout.audit.AuditFilter(name.substring(0, 30), "User", "login.failed", null, null), 0, 100), Roles.ADMIN);
        assertThat(entries).as("5 wrong passwords and the lock, not the 10 refusals during it").hasSize(6);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(kept);
            assertThat(e.entityId()).isEqualTo(kept);
        });
        assertThat(entries.getFirst().after()).startsWith("LoginThrottledException");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
