package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.chainscout.ChainScoutTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A load balancer reads health without signing in, and nothing else of the actuator. */
@ChainScoutTest
class HealthEndpointTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndTheProbesAnswerWithoutSignInAndSayUp() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
            // no details (and no session) for an anonymous caller
            assertThat(response.body()).as(path).doesNotContain("components", "neo4j");
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void noOtherActuatorAddressIsReadable() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/health/../env"}) {
            assertThat(get(path).statusCode()).as(path).isIn(400, 401, 403, 404);
        }
    }
}
