package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.chainscout.ChainScoutApplication;
import cn.chainscout.ChainScoutTest;
import cn.chainscout.gap.GapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several app instances side by side on one database: a second instance started against the test
 * database as an external server, through neo4j:// routing, starts nothing embedded, loads no seed,
 * and answers exactly as the first. The app keeps no state of its own outside Neo4j.
 */
@ChainScoutTest
class SecondInstanceTest {

    @Autowired
    EmbeddedNeo4jConfiguration.EmbeddedNeo4j neo4j;
    @Autowired
    GapService gaps;
    @LocalServerPort
    int port;

    @Test
    void aSecondInstanceThroughRoutingAnswersAsTheFirst() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ChainScoutApplication.class).run(
                "--server.port=0", "--spring.neo4j.uri=neo4j://127.0.0.1:" + neo4j.boltPort(),
                "--chainscout.seed.enabled=false", "--chainscout.leads.warm-up=false")) {
            assertThat(second.getBeansOfType(EmbeddedNeo4jConfiguration.EmbeddedNeo4j.class)).isEmpty();
            assertThat(second.getBean(GapService.class).diagnose("smart-terminal")).isEqualTo(gaps.diagnose("smart-terminal"));

            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            assertThat(get(secondPort, "/api/chains/food/gaps")).isEqualTo(get(port, "/api/chains/food/gaps"));
        }
    }

    private static String get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
