package cn.chainscout.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The REST API over real HTTP on the running app's port: Vaadin is mapped at /*, and these prove
 * Spring MVC still answers /api/** and /v3/api-docs with JSON (not Vaadin's page).
 */
@ChainScoutTest
class ApiHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SeedLoader loader;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void loadFixture() {
        loader.load("classpath:lead-fixture/", false);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .header("Authorization", TestUser.LEADER.authorization()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " → " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        return json.readTree(response.body());
    }

    private JsonNode error(String pathAndQuery, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " → " + response.body()).isEqualTo(status);
        JsonNode body = json.readTree(response.body());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    @Test
    void chainsAndGapsAnswerAsJson() throws Exception {
        JsonNode chains = ok("/api/chains");
        assertThat(chains.isArray()).isTrue();
        assertThat(chains.valueStream().map(c -> c.get("id").asString())).contains("smart-terminal", "fx-phone");
        JsonNode gaps = ok("/api/chains/fx-phone/gaps");
        assertThat(gaps.get("segments").get(0).get("segmentId").asString()).isEqualTo("fx-glass");
        assertThat(gaps.get("segments").get(0).get("status").asString()).isEqualTo("MISSING");
        assertThat(gaps.get("completeness").asDouble()).isBetween(0.47, 0.48);
        assertThat(error("/api/chains/no-such-chain/gaps", 404).get("detail").asString()).contains("no-such-chain");
    }

    @Test
    void leadsOfBothKindsAndWhatIf() throws Exception {
        JsonNode chain = ok("/api/leads?kind=CHAIN&chain=fx-phone&limit=3");
        assertThat(chain.valueStream().map(l -> l.get("companyId").asString())).containsExactly("fx-g2", "fx-h", "fx-g1");
        JsonNode first = chain.get(0);
        assertThat(first.get("parts").size()).isEqualTo(10);
        assertThat(first.get("parts").get(0).get("zh").asString()).isEqualTo("填补甲区缺链环节「测试盖板」（缺口程度35），得10.5分。");
        assertThat(first.get("whyZh").asString()).startsWith("辛玻璃");
        assertThat(first.get("paths").get(0).get("nodes").size()).isPositive();
        assertThat(ok("/api/leads?kind=CHAIN&chain=fx-phone&segment=fx-battery").size()).isEqualTo(1);
        assertThat(ok("/api/leads?kind=CHAIN&district=fx-district").size()).isEqualTo(6);
        assertThat(ok("/api/leads?kind=chain&chain=fx-phone&list=FORTUNE_GLOBAL_500").size()).isEqualTo(2);
        // as of the end of 2018 the case makers (arrived 2020) were not local yet: they are leads for the then missing case segment
        assertThat(ok("/api/leads?kind=CHAIN&chain=fx-phone&asOf=2018-12-31").valueStream().map(l -> l.get("companyId").asString()))
                .contains("fx-c", "fx-c2");
        JsonNode expansion = ok("/api/leads?kind=EXPANSION&district=fx-district");
        assertThat(expansion.get(0).get("companyId").asString()).isEqualTo("fx-l");
        assertThat(expansion.get(0).get("kind").asString()).isEqualTo("EXPANSION");
        JsonNode business = ok("/api/leads?kind=BUSINESS&via=fx-a");
        assertThat(business.get(0).get("via").get("companyId").asString()).isEqualTo("fx-a");
        assertThat(ok("/api/leads?kind=BUSINESS&district=fx-district&limit=1").size()).isEqualTo(1);
        JsonNode whatIf = ok("/api/leads/what-if?company=fx-g1&chain=fx-phone");
        assertThat(whatIf.get("changes").get(0).get("after").asString()).isEqualTo("WEAK");
        assertThat(whatIf.get("completenessAfter").asDouble()).isGreaterThan(whatIf.get("completenessBefore").asDouble());
    }

    @Test
    void badParametersAre400NamingTheParameterAndUnknownIds404() throws Exception {
        assertThat(error("/api/leads?chain=fx-phone", 400).get("problems").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(error("/api/leads?kind=NEITHER", 400).get("problems").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(error("/api/leads?kind=CHAIN", 400).get("problems").get(0).get("field").asString()).isEqualTo("chain");
        assertThat(error("/api/leads?kind=CHAIN&chain=fx-phone&list=TOP_10", 400).get("problems").get(0).get("field").asString()).isEqualTo("list");
        assertThat(error("/api/leads?kind=CHAIN&chain=fx-phone&limit=0", 400).get("problems").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(error("/api/leads?kind=CHAIN&chain=fx-phone&limit=many", 400).get("problems").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(error("/api/leads?kind=BUSINESS", 400).get("problems").get(0).get("field").asString()).isEqualTo("via");
        assertThat(error("/api/leads?kind=EXPANSION", 400).get("problems").get(0).get("field").asString()).isEqualTo("district");
        assertThat(error("/api/leads?kind=CHAIN&chain=fx-phone&asOf=2021-13-01", 400).get("problems").get(0).get("field").asString()).isEqualTo("asOf");
        assertThat(error("/api/leads?kind=CHAIN&chain=fx-phone&asOf=2999-01-01", 400).get("problems").get(0).get("field").asString()).isEqualTo("asOf");
        assertThat(error("/api/companies?q=%20", 400).get("problems").get(0).get("field").asString()).isEqualTo("q");
        assertThat(error("/api/leads/what-if?company=fx-g1", 400).get("problems").get(0).get("field").asString()).isEqualTo("chain");
        error("/api/leads?kind=CHAIN&chain=no-such-chain", 404);
        error("/api/leads?kind=CHAIN&chain=fx-phone&segment=no-such-segment", 404);
        error("/api/leads?kind=BUSINESS&via=fx-g1", 404);
        error("/api/leads/what-if?company=nobody&chain=fx-phone", 404);
        error("/api/companies/no-such-company", 404);
    }

    @Test
    void companiesSearchAndPortrait() throws Exception {
        JsonNode hits = ok("/api/companies?q=" + URLEncoder.encode("辛玻璃", StandardCharsets.UTF_8));
        assertThat(hits.get(0).get("id").asString()).isEqualTo("fx-g2");
        assertThat(ok("/api/companies/fx-a").get("parks").size()).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        JsonNode doc = ok("/v3/api-docs");
        assertThat(doc.get("paths").propertyNames()).contains("/api/chains", "/api/chains/{chainId}/gaps", "/api/leads",
                "/api/leads/what-if", "/api/companies", "/api/companies/{id}");
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }
}
