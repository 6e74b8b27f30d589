package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.TestUser;
import cn.chainscout.audit.AuditFilter;
import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.Roles;
import cn.chainscout.company.CompanyService;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Malformed input everywhere a user can type (REST parameters, sign-in, the users page's and the audit
 * page's fields): each gets a clear error naming the field, and the graph is exactly as before.
 * Backup files: GraphDumpTest. Cypher is never built from this text: every query takes parameters.
 */
@ChainScoutTest
class BadInputTest {

    static final String CYPHER = "'}) MATCH (n) DETACH DELETE n //";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String LONG = "长".repeat(300);
    /** Refused by the servlet container itself, before Spring: its own short page, no JSON. */
    static final String BY_TOMCAT = "(tomcat)";

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    @Autowired
    ObjectMapper json;
    @Autowired
    SeedLoader loader;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    CompanyService companies;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void loadFixture() {
        loader.load("classpath:lead-fixture/", false);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** path and query → expected status, and the parameter a 400 must name. */
    static Stream<Arguments> restInputs() {
        return Stream.of(
                Arguments.of("/api/leads?kind=", 400, "kind"),
                Arguments.of("/api/leads?kind=" + q(CYPHER), 400, "kind"),
                Arguments.of("/api/leads?kind=" + q(LONG), 400, "kind"),
                Arguments.of("/api/leads?kind=CHAIN&chain=" + q(CYPHER), 404, null),
                Arguments.of("/api/leads?kind=CHAIN&chain=" + q(SCRIPT), 404, null),
                Arguments.of("/api/leads?kind=CHAIN&chain=" + q(LONG), 400, "chain"),
                Arguments.of("/api/leads?kind=CHAIN&chain=fx-phone&segment=" + q(CYPHER), 404, null),
                Arguments.of("/api/leads?kind=CHAIN&chain=fx-phone&list=" + q(SCRIPT), 400, "list"),
                Arguments.of("/api/leads?kind=CHAIN&chain=fx-phone&limit=-1", 400, "limit"),
                Arguments.of("/api/leads?kind=CHAIN&chain=fx-phone&limit=1.5", 400, "limit"),
                Arguments.of("/api/leads?kind=CHAIN&chain=fx-phone&limit=99999999999", 400, "limit"),
                Arguments.of("/api/leads?kind=CHAIN&district=" + q(CYPHER), 404, null),
                Arguments.of("/api/leads?kind=BUSINESS&via=" + q(CYPHER), 404, null),
                Arguments.of("/api/leads?kind=BUSINESS&district=" + q(SCRIPT), 404, null),
                Arguments.of("/api/leads/what-if?company=&chain=fx-phone", 400, "company"),
                Arguments.of("/api/leads/what-if?company=fx-g1&chain=%20", 400, "chain"),
                Arguments.of("/api/leads/what-if?company=" + q(CYPHER) + "&chain=fx-phone", 404, null),
                Arguments.of("/api/leads/what-if?company=fx-g1&chain=" + q(CYPHER), 404, null),
                Arguments.of("/api/companies?q=", 400, "q"),
                Arguments.of("/api/companies?q=" + q(LONG), 400, "q"),
                Arguments.of("/api/companies?q=x&limit=-5", 400, "limit"),
                Arguments.of("/api/companies?q=x&limit=abc", 400, "limit"),
                // an encoded "/" (in "//" and "</script>") in a path: Tomcat refuses it before the app (a bare 400)
                Arguments.of("/api/companies/" + q(CYPHER), 400, BY_TOMCAT),
                Arguments.of("/api/companies/" + q(SCRIPT), 400, BY_TOMCAT),
                Arguments.of("/api/companies/" + q("'}) MATCH (n) DETACH DELETE n"), 404, null),
                Arguments.of("/api/companies/" + q("<img src=x onerror=alert(1)>"), 404, null),
                Arguments.of("/api/companies/" + q(LONG), 400, "id"),
                Arguments.of("/api/chains/" + q(CYPHER) + "/gaps", 400, BY_TOMCAT),
                Arguments.of("/api/chains/a%5Cb/gaps", 400, BY_TOMCAT),
                Arguments.of("/api/companies/a;b=c", 400, null),
                Arguments.of("/api/chains/" + q("'}) MATCH (n) DETACH DELETE n") + "/gaps", 404, null),
                Arguments.of("/api/chains/-1/gaps", 404, null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("restInputs")
    void aBadRestParameterGetsAClearErrorAndChangesNothing(String pathAndQuery, int status, String parameter) throws Exception {
        GraphCounts before = GraphCounts.of(driver);
        HttpResponse<String> response = get(pathAndQuery, TestUser.ANALYST.authorization());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (BY_TOMCAT.equals(parameter)) {
            assertThat(response.body()).contains("400").doesNotContain("Exception", "at org.");
            assertThat(GraphCounts.of(driver)).isEqualTo(before);
            return;
        }
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("detail").asString()).isNotBlank().doesNotContain("Exception", "at cn.");
        if (parameter != null) {
            assertThat(body.get("problems").get(0).get("field").asString()).isEqualTo(parameter);
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void searchTextThatLooksLikeCypherOrHtmlIsJustTextToSearchFor() throws Exception {
        GraphCounts before = GraphCounts.of(driver);
        for (String text : new String[] {CYPHER, SCRIPT, "\" OR 1=1 --", "*:*", "\\"}) {
            HttpResponse<String> response = get("/api/companies?q=" + q(text), TestUser.LEADER.authorization());
            assertThat(response.statusCode()).as(text).isEqualTo(200);
            assertThat(json.readTree(response.body()).isArray()).isTrue();
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    /** Sign-in with garbage: refused as any wrong password; only the refusal is recorded (audit entries). */
    @Test
    void garbageCredentialsAreRefusedLikeAWrongPassword() throws Exception {
        GraphCounts before = GraphCounts.of(driver);
        for (String header : new String[] {"Basic !!!not-base64!!!", "Bearer " + CYPHER, basic(CYPHER, CYPHER),
                basic(SCRIPT, "x"), basic(LONG, LONG), basic("", ""), "Basic"}) {
            assertThat(get("/api/chains", header).statusCode()).as(header.length() > 60 ? "long" : header).isIn(400, 401);
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "test-admin", roles = Roles.ADMIN)
    void theUsersPageRefusesBadNamesRolesAndPasswordsNamingTheField() {
        GraphCounts before = GraphCounts.of(driver);
        assertRefused(() -> accounts.create("", Set.of(Roles.LEADER)), "username", "security.error.badUsername");
        assertRefused(() -> accounts.create(CYPHER, Set.of(Roles.LEADER)), "username", "security.error.badUsername");
        assertRefused(() -> accounts.create(SCRIPT, Set.of(Roles.LEADER)), "username", "security.error.badUsername");
        assertRefused(() -> accounts.create("x".repeat(41), Set.of(Roles.LEADER)), "username", "security.error.badUsername");
        assertRefused(() -> accounts.create("新用户", Set.of(Roles.LEADER)), "username", "security.error.badUsername");
        assertRefused(() -> accounts.create("fine-name", Set.of()), "roles", "security.error.noRole");
        assertRefused(() -> accounts.create("fine-name", Set.of("ROOT")), "roles", "security.error.unknownRole");
        assertRefused(() -> accounts.create(TestUser.LEADER.username(), Set.of(Roles.LEADER)), "username",
                "security.error.usernameTaken");
        assertRefused(() -> accounts.update("nobody-" + CYPHER, 0, Set.of(Roles.LEADER), true), "username",
                "security.error.unknownUser");
        assertRefused(() -> accounts.resetPassword(SCRIPT), "username", "security.error.unknownUser");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void theOneTimePasswordFormRefusesWrongAndWeakPasswords() {
        String name = "bad-input-" + System.nanoTime();
        String oneTime = cn.chainscout.common.user.CurrentUser.asSystem(() -> accounts.create(name, Set.of(Roles.LEADER)), Roles.ADMIN);
        GraphCounts before = GraphCounts.of(driver);
        assertRefused(() -> accounts.changeOneTimePassword(name, "wrong", "a-good-new-password", "10.9.9.9"), "password",
                "security.error.wrongPassword");
        assertRefused(() -> accounts.changeOneTimePassword(name, oneTime, "short", "10.9.9.9"), "newPassword",
                "security.error.passwordTooShort");
        assertRefused(() -> accounts.changeOneTimePassword(name, oneTime, "p".repeat(129), "10.9.9.9"), "newPassword",
                "security.error.passwordTooLong");
        assertRefused(() -> accounts.changeOneTimePassword(name, oneTime, name + "", "10.9.9.9"), "newPassword",
                name.length() < UserAccounts.MIN_PASSWORD ? "security.error.passwordTooShort" : "security.error.passwordIsUsername");
        assertRefused(() -> accounts.changeOneTimePassword(name, oneTime, oneTime, "10.9.9.9"), "newPassword",
                "security.error.samePassword");
        assertRefused(() -> accounts.changeOneTimePassword(CYPHER, CYPHER, CYPHER, "10.9.9.9"), "password",
                "security.error.wrongPassword");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "test-admin", roles = Roles.ADMIN)
    void theAuditFiltersTakeAnyTextAndRefuseDatesInTheWrongOrder() {
        GraphCounts before = GraphCounts.of(driver);
        assertThat(audit.search(new AuditFilter(CYPHER, CYPHER, SCRIPT, null, null), 0, 10)).isEmpty();
        assertThat(audit.search(new AuditFilter("审".repeat(300), null, null, null, null), -5, -5)).isEmpty();
        assertThatThrownBy(() -> audit.search(new AuditFilter(null, null, null, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 1)), 0, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = Roles.LEADER)
    void theSearchBoxTakesAnyText() {
        GraphCounts before = GraphCounts.of(driver);
        for (String text : new String[] {CYPHER, SCRIPT, LONG, "", "   ", "AND OR NOT"}) {
            assertThat(companies.search(text, 10)).isNotNull();
        }
        assertThat(companies.search("x", -1)).isNotNull();
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    private static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOf(AccountException.class)
                .satisfies(e -> {
                    assertThat(((AccountException) e).field()).isEqualTo(field);
                    assertThat(((AccountException) e).key()).isEqualTo(key);
                });
    }

    private HttpResponse<String> get(String pathAndQuery, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
