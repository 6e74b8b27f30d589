package cn.chainscout.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The backtest over HTTP: an analyst runs it on the fixture's signings, a leader only reads, a bad file is a 400. */
@ChainScoutTest
class BacktestHttpTest {

    private static final String BOUNDARY = "backtest-test-boundary";

    @LocalServerPort
    int port;
    @Autowired
    SeedLoader loader;
    @Autowired
    ObjectMapper json;
    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void loadFixture() {
        loader.load("classpath:lead-fixture/", false);
    }

    @AfterEach
    void removeRuns() {
        try (var session = driver.session()) {
            session.run("MATCH (r:BacktestRun) WHERE r.name STARTS WITH 'http fixture' DETACH DELETE r").consume();
        }
    }

    private HttpResponse<String> post(TestUser user, byte[] csv) throws IOException, InterruptedException {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nhttp fixture\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"signings.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + csv.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(csv, 0, body, head.length, csv.length);
        System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/backtest"))
                        .header("Authorization", user.authorization())
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(TestUser user, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", user.authorization()).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anAnalystRunsItALeaderReadsItAndABadFileIsNamedByRowAndColumn() throws Exception {
        byte[] csv = Files.readAllBytes(Path.of("src/test/resources/backtest-fixture/signings.csv"));
        HttpResponse<String> run = post(TestUser.ANALYST, csv);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        JsonNode result = json.readTree(run.body());
        assertThat(result.get("results").size()).isEqualTo(5);
        assertThat(result.get("results").get(1).get("chainRank").asInt()).isEqualTo(1);
        String id = result.get("id").asString();

        assertThat(post(TestUser.LEADER, csv).statusCode()).isEqualTo(403);
        HttpResponse<String> read = get(TestUser.LEADER, "/api/backtest/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("summaries")).isEqualTo(result.get("summaries"));
        assertThat(get(TestUser.LEADER, "/api/backtest").body()).contains(id);

        HttpResponse<String> bad = post(TestUser.ANALYST, "company,date,chain\n辛玻璃,2099-01-01,fx-phone\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("detail").asString()).contains("row 2, column 'date': 2099-01-01 is in the future");
    }
}
