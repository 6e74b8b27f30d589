package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site requests (CSRF): another site's page cannot make a signed-in browser change data, neither
 * through its session cookie nor through HTTP Basic credentials the browser saved; a header that
 * authenticates nothing does not switch the session's CSRF check off; the sign-in form cannot be posted
 * from another site; browsers get no Basic challenge.
 */
@ChainScoutTest
class CrossSiteHttpTest {

    private static final String EVIL = "http://evil.example";
    /** A rollback of a batch that does not exist: 400 once past the guards, so a 403 is the guard. */
    private static final String WRITE = "/api/import/batches/no-such-batch/rollback";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anotherSitesFormPostIsRefusedWithTheBrowsersSavedBasicCredentials() throws Exception {
        HttpResponse<String> crossSite = post(WRITE, r -> r.header("Authorization", TestUser.ADMIN.authorization())
                .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("another site");
        // a page on another port of the same host is another origin too; some browsers send only Origin
        assertThat(post(WRITE, r -> r.header("Authorization", TestUser.ADMIN.authorization())
                .header("Origin", "http://localhost:" + (port + 1))).statusCode()).isEqualTo(403);
        assertThat(post(WRITE, r -> r.header("Authorization", TestUser.ADMIN.authorization())
                .header("Origin", "null")).statusCode()).isEqualTo(403);
        // the same credentials from a program (no Origin) or from this app's own page pass the guard
        assertThat(post(WRITE, r -> r.header("Authorization", TestUser.ADMIN.authorization())).statusCode()).isEqualTo(400);
        assertThat(post(WRITE, r -> r.header("Authorization", TestUser.ADMIN.authorization())
                .header("Origin", "http://localhost:" + port)).statusCode()).isEqualTo(400);
    }

    @Test
    void anotherSitesFormPostIsRefusedWithTheSessionCookie() throws Exception {
        String cookie = signIn(TestUser.ADMIN);
        HttpResponse<String> crossSite = post(WRITE, r -> r.header("Cookie", cookie).header("Origin", EVIL));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        // without the session's CSRF token even a same-site post is refused, and says why
        HttpResponse<String> noToken = post(WRITE, r -> r.header("Cookie", cookie));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("CSRF token");
    }

    @Test
    void aBearerHeaderThatAuthenticatesNothingDoesNotSwitchTheSessionsCsrfCheckOff() throws Exception {
        String cookie = signIn(TestUser.ADMIN);
        HttpResponse<String> response = post(WRITE, r -> r.header("Cookie", cookie).header("Authorization", "Bearer x"));
        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(response.body()).doesNotContain("unknownBatch").doesNotContain("no-such-batch");
    }

    @Test
    void theSignInFormCannotBePostedFromAnotherSite() throws Exception {
        HttpResponse<String> crossSite = http.send(loginRequest(TestUser.LEADER).header("Origin", EVIL).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        // from the app's own page it signs in
        HttpResponse<String> own = http.send(loginRequest(TestUser.LEADER).header("Origin", "http://localhost:" + port).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> response = http.send(loginRequest(TestUser.LEADER).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .singleElement().satisfies(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void aBrowserGetsNoBasicChallengeAProgramDoes() throws Exception {
        HttpResponse<String> browser = http.send(HttpRequest.newBuilder(uri("/api/chains"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> program = http.send(HttpRequest.newBuilder(uri("/api/chains"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(program.statusCode()).isEqualTo(401);
        assertThat(program.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    }

    /** Signs in through the sign-in form as a browser would and returns the session cookie ("JSESSIONID=…"). */
    String signIn(TestUser user) throws Exception {
        return SessionCookies.signIn(http, port, user.username(), user.password());
    }

    private HttpRequest.Builder loginRequest(TestUser user) {
        return HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> post(String path, java.util.function.UnaryOperator<HttpRequest.Builder> headers) throws Exception {
        return http.send(headers.apply(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(""))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
