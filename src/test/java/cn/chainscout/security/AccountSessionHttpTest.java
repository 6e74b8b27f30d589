package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import cn.chainscout.common.user.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An open session ends at once when its account is disabled, demoted or has its password reset or changed. */
@ChainScoutTest
class AccountSessionHttpTest {

    private static final String PASSWORD = "session-probe-password";

    @LocalServerPort
    int port;
    @Autowired
    UserQueries users;
    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        endsTheSession(name -> users.update(name, version(name), List.of(Roles.ANALYST), false, "test"));
    }

    @Test
    void demotingAnAccountEndsItsOpenSession() throws Exception {
        endsTheSession(name -> users.update(name, version(name), List.of(Roles.LEADER), true, "test"));
    }

    @Test
    void resettingAPasswordEndsTheOpenSession() throws Exception {
        endsTheSession(name -> users.setPassword(name, encoder.encode("one-time-reset-1"), true, "test"));
    }

    @Test
    void aPasswordChangedElsewhereEndsTheOpenSession() throws Exception {
        endsTheSession(name -> users.setPassword(name, encoder.encode("a-new-own-password"), false, "test"));
    }

    private void endsTheSession(Consumer<String> change) throws Exception {
        String name = "session-probe-" + System.nanoTime();
        users.create(name, encoder.encode(PASSWORD), List.of(Roles.ANALYST), false, "test");
        String cookie = SessionCookies.signIn(http, port, name, PASSWORD);
        String other = SessionCookies.signIn(http, port, TestUser.ANALYST.username(), TestUser.ANALYST.password());
        assertThat(get("/api/chains", cookie).statusCode()).isEqualTo(200);
        assertThat(get("/pipeline", cookie).statusCode()).isEqualTo(200);

        change.accept(name);

        assertThat(get("/api/chains", cookie).statusCode()).as("the API with the old session").isEqualTo(401);
        HttpResponse<String> page = get("/pipeline", cookie);
        assertThat(page.statusCode()).as("a page with the old session").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
        // another account's session goes on
        assertThat(get("/api/chains", other).statusCode()).isEqualTo(200);
    }

    private long version(String name) {
        return users.find(name).orElseThrow().account().version();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
