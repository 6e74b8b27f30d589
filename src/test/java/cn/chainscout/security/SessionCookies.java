package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A signed-in session over plain HTTP: the sign-in form posted as a browser does, its cookie kept. */
final class SessionCookies {

    /** Returns "JSESSIONID=…" of a session signed in as this user. */
    static String signIn(HttpClient http, int port, String username, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of " + username).doesNotContain("error");
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private SessionCookies() {
    }
}
