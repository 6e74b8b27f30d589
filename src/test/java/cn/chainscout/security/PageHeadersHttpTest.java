package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages' browser-side hardening: CSP, nosniff, no framing, and no cached copy of a signed-in page. */
@ChainScoutTest
class PageHeadersHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signInAndSignedInPagesCarryTheHardeningHeaders() throws Exception {
        String cookie = SessionCookies.signIn(http, port, TestUser.LEADER.username(), TestUser.LEADER.password());
        for (String path : new String[] {"/login", "/", "/dashboard", "/companies"}) {
            HttpResponse<String> page = get(path, cookie);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            HttpHeaders headers = page.headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'", "form-action 'self'");
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
        }
    }

    @Test
    void staticFilesKeepTheirCachingButAreNotSniffed() throws Exception {
        HttpResponse<String> script = get("/frontend/graph-view.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(script.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
