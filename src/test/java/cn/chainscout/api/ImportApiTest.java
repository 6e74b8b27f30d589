package cn.chainscout.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.chainscout.TestUser;
import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The command-line import as documented in docs/import.md: a multipart POST (what curl -F sends) to
 * the running app, then the batch list and a rollback, with the same effect as the page.
 */
@ChainScoutTest
class ImportApiTest {

    private static final String BOUNDARY = "----chainscout-import-test";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, Map<String, String> fields, String fileName, byte[] file)
            throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", TestUser.ADMIN.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/importer/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aPostedPageIsImportedAsABatchAndRolledBackToTheGraphBefore() throws Exception {
        GraphCounts before = GraphCounts.of(driver);
        byte[] page = resource("fortune-global-500-2025-gbk.html");

        HttpResponse<String> unsure = post("/api/import", Map.of("list", "FORTUNE_GLOBAL_500", "year", "2025"),
                "fortune-global-500-2025-gbk.html", page);
        assertThat(unsure.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unsure.body()).get("detail").asString()).contains("国家电网公司", "accept-suggestions=true");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);

        HttpResponse<String> imported = post("/api/import", Map.of("list", "FORTUNE_GLOBAL_500", "year", "2025",
                "accept-suggestions", "true"), "fortune-global-500-2025-gbk.html", page);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode result = json.readTree(imported.body());
        String batch = result.get("batchId").asString();
        assertThat(result.get("ranked").asInt()).isEqualTo(9);
        assertThat(result.get("created").asInt()).isEqualTo(1);
        assertThat(result.get("rankingId").asString()).isEqualTo("fortune-global-500-2025");
        try {
            JsonNode portrait = json.readTree(http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/api/companies/byd")).header("Authorization", TestUser.ADMIN.authorization()).build(), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode rank2025 = null;
            for (JsonNode rank : portrait.get("rankings")) {
                if (rank.get("rankingId").asString().equals("fortune-global-500-2025")) {
                    rank2025 = rank;
                }
            }
            assertThat(rank2025).as(portrait.toString()).isNotNull();
            assertThat(rank2025.get("rank").asInt()).isEqualTo(91);

            JsonNode batches = json.readTree(http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/api/import/batches")).header("Authorization", TestUser.ADMIN.authorization()).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(batches.get(0).get("id").asString()).isEqualTo(batch);
            assertThat(batches.get(0).get("who").asString()).isEqualTo(TestUser.ADMIN.username());
        } finally {
            HttpResponse<String> rolledBack = post("/api/import/batches/" + batch + "/rollback", Map.of(), null, null);
            assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
            assertThat(json.readTree(rolledBack.body()).get("status").asString()).isEqualTo("ROLLED_BACK");
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);

        HttpResponse<String> unknown = post("/api/import", Map.of("list", "FORBES_2000", "year", "2025"), "x.html", page);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("problems").get(0).get("key").asString()).isEqualTo("import.error.unknownList");
    }

    @Test
    void aCommandBreakingItsConstraintsIsA400ProblemNamingTheFieldInTheRequestsLanguage() throws Exception {
        GraphCounts before = GraphCounts.of(driver);
        HttpResponse<String> refused = post("/api/import", Map.of("list", " ", "year", "-5"), "x.html", "<html></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("title").asString()).isEqualTo("Bad Request");
        assertThat(body.get("instance").asString()).isEqualTo("/api/import");
        java.util.List<String> problems = new java.util.ArrayList<>();
        body.get("problems").forEach(p -> problems.add(p.get("field").asString() + " " + p.get("key").asString()));
        assertThat(problems).containsExactlyInAnyOrder("list api.error.required", "year api.error.positive");
        assertThat(body.get("detail").asString()).contains("参数「year」须为正数", "参数「list」必填");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }
}
