package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.common.user.Roles;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Personal API tokens: made, used, listed, revoked; stored hashed; never more than the account may; dead with it. */
@ChainScoutTest
class ApiTokenHttpTest {

    private static final String PASSWORD = "token-probe-password";
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(cst_[A-Za-z0-9_-]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserQueries users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTokenIsShownOnceStoredHashedUsedInsteadOfThePasswordAndRevoked() throws Exception {
        String name = account(Roles.ANALYST);
        HttpResponse<String> made = send("POST", "/api/tokens", basic(name), "{\"name\":\"月调度脚本\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        String token = group(TOKEN, made.body());
        String id = group(ID, made.body());

        assertThat(send("GET", "/api/chains", bearer(token), null).statusCode()).isEqualTo(200);
        // at most the account's roles: an ANALYST's token is no ADMIN
        assertThat(send("GET", "/api/admin/backup", bearer(token), null).statusCode()).isEqualTo(403);

        HttpResponse<String> list = send("GET", "/api/tokens", basic(name), null);
        assertThat(list.body()).contains("月调度脚本", id, "lastUsedAt\":\"").doesNotContain(token);
        try (var session = driver.session()) {
            var stored = session.run("MATCH (t:ApiToken {id: $id}) RETURN t", java.util.Map.of("id", id)).single().get(0).asMap();
            assertThat(stored.get("hash")).isEqualTo(ApiTokens.hash(token)).asString().hasSize(64);
            assertThat(stored.values()).noneMatch(v -> String.valueOf(v).contains(token.substring(4)));
        }
        // another account cannot revoke it
        assertThat(send("DELETE", "/api/tokens/" + id, basic(account(Roles.ANALYST)), null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/tokens/" + id, basic(name), null).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = send("GET", "/api/chains", bearer(token), null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("API token");
    }

    @Test
    void aTokenDiesWhenItsAccountIsDisabledOrDemoted() throws Exception {
        tokenDies(name -> users.update(name, version(name), List.of(Roles.ANALYST), false, "test"));
        tokenDies(name -> users.update(name, version(name), List.of(Roles.LEADER), true, "test"));
        tokenDies(name -> users.setPassword(name, encoder.encode("one-time-reset-2"), true, "test"));
    }

    @Test
    void aBearerHeaderThatIsNoTokenIsRefused() throws Exception {
        for (String value : new String[] {"Bearer x", "Bearer cst_notatoken", "Bearer " + "cst_" + "A".repeat(43)}) {
            HttpResponse<String> response = send("GET", "/api/chains", value, null);
            assertThat(response.statusCode()).as(value).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        }
    }

    @Test
    void aTokenNeedsANameOfSensibleLength() throws Exception {
        String name = account(Roles.LEADER);
        HttpResponse<String> empty = send("POST", "/api/tokens", basic(name), "{\"name\":\"  \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("令牌名称不能为空");
        assertThat(send("POST", "/api/tokens", basic(name), "{\"name\":\"" + "长".repeat(61) + "\"}").statusCode()).isEqualTo(400);
    }

    private void tokenDies(Consumer<String> change) throws Exception {
        String name = account(Roles.ANALYST);
        String token = group(TOKEN, send("POST", "/api/tokens", basic(name), "{\"name\":\"script\"}").body());
        assertThat(send("GET", "/api/chains", bearer(token), null).statusCode()).isEqualTo(200);
        change.accept(name);
        assertThat(send("GET", "/api/chains", bearer(token), null).statusCode()).isEqualTo(401);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (t:ApiToken {hash: $h}) RETURN count(t)", java.util.Map.of("h", ApiTokens.hash(token)))
                    .single().get(0).asLong()).as("the dead token is gone").isZero();
        }
    }

    private String account(String role) {
        String name = "token-probe-" + System.nanoTime();
        users.create(name, encoder.encode(PASSWORD), List.of(role), false, "test");
        return name;
    }

    private long version(String name) {
        return users.find(name).orElseThrow().account().version();
    }

    private static String basic(String name) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
