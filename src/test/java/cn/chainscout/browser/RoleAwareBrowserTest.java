package cn.chainscout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A leader, signed in through the real page, finds no enabled editing control on any main page, and a
 * refused or unknown address is a page in the user's language with the status 403 or 404.
 */
@SecondTier
@ChainScoutTest
class RoleAwareBrowserTest {

    /** Page filters and search: they choose what to read and store nothing. */
    private static final List<String> FILTERS = List.of("company-search", "lead-kind", "lead-chain", "lead-segment",
            "lead-list", "lead-via", "lead-region", "lead-min-score", "pipeline-unit", "pipeline-owner", "pipeline-chain",
            "pipeline-stage", "pipeline-overdue", "map-chain", "map-park", "companies-filter", "language-switch", "logout",
            // 全国分布: the chain and layer choice and "show every province" only filter what is shown
            "china-map-chain", "china-map-layer", "china-map-all",
            // one's own API tokens: a personal setting every role keeps, not the district's data
            "my-tokens");

    /** Enabled buttons and writable fields in the page, shadow roots included, that are not filters. */
    private static final String EDITING_CONTROLS = """
            const filters = arguments[0];
            const found = [];
            const visit = root => {
              root.querySelectorAll('vaadin-button, vaadin-text-field, vaadin-text-area, vaadin-number-field,'
                  + ' vaadin-date-picker, vaadin-select, vaadin-combo-box, vaadin-checkbox, vaadin-upload')
                .forEach(e => {
                  const shown = e.offsetParent !== null || e.getClientRects().length > 0;
                  const inFilter = [e, ...ancestors(e)].some(a => filters.includes(a.id));
                  if (shown && !e.disabled && !e.readonly && !e.hasAttribute('readonly') && !inFilter
                      && e.getAttribute('slot') !== 'toggle' && !e.closest('vaadin-drawer-toggle')) {
                    found.push((e.id || e.tagName) + ':' + (e.textContent || e.label || '').trim().slice(0, 20));
                  }
                });
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
            };
            const ancestors = e => { const all = []; for (let a = e.parentElement; a; a = a.parentElement) all.push(a); return all; };
            visit(document);
            return found;
            """;

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void signIn() throws IOException {
        browser = HeadlessChromium.start();
        wait = HeadlessChromium.waitFor(browser);
        BrowserLogin.signIn(browser, port, TestUser.LEADER);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLeaderFindsNoEnabledEditingControlOnAnyMainPage() throws Exception {
        for (String page : List.of("/", "/chains/smart-terminal", "/segments/st-cover-glass", "/leads", "/companies",
                "/companies/lens-technology", "/pipeline", "/projects", "/cluster-map", "/map", "/dashboard")) {
            open(page);
            wait.until(d -> !d.findElements(By.cssSelector(".cs-page")).isEmpty());
            // the grids' rows (and any 加入备选 in them) arrive after the frame
            Thread.sleep(1500);
            @SuppressWarnings("unchecked")
            List<String> controls = (List<String>) browser.executeScript(EDITING_CONTROLS, FILTERS);
            assertThat(controls).as("enabled editing controls for a leader on " + page).isEmpty();
        }
        HeadlessChromium.screenshot(browser, "leader-dashboard-zh");
    }

    @Test
    void aRefusedOrUnknownAddressIsAPageInTheUsersLanguageWithItsStatus() throws Exception {
        open("/users");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-forbidden"), "403"));
        assertThat(body()).contains("您的角色不能打开此页面", "返回首页").doesNotContain("Could not navigate");
        assertThat(status("/users")).isEqualTo(403);
        HeadlessChromium.screenshot(browser, "error-403-zh");

        open("/no-such-page");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-notFound"), "404"));
        assertThat(body()).contains("没有这个页面", "/no-such-page").doesNotContain("Whitelabel");
        assertThat(status("/no-such-page")).isEqualTo(404);
        HeadlessChromium.screenshot(browser, "error-404-zh");

        open("/users");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-forbidden"), "403"));
        browser.findElement(By.id("language-switch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-forbidden"), "Your role may not open this page"));
        open("/no-such-page");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-notFound"), "No such page"));
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The HTTP status of a page's address, asked with this browser's session. */
    private int status(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                .header("Accept", "text/html").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
