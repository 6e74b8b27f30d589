package cn.chainscout.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.chainscout.PageTest;
import cn.chainscout.pipeline.LeadKind;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineFixture;
import cn.chainscout.pipeline.PipelineService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The pages offer each role only what it may do (docs/security.md), drawn on the server without a
 * browser: a leader finds no editing control, an analyst no admin page. (The 403 and 404 pages: the
 * browser test RoleAwareBrowserTest.)
 */
class RoleAwarePagesTest extends PageTest {

    @Autowired
    PipelineService pipeline;

    @Autowired
    Driver driver;

    private PipelineFixture fixture;

    @BeforeEach
    void trackLeads() {
        fixture = new PipelineFixture(driver);
    }

    @AfterEach
    void deleteLeads() {
        fixture.deleteAll();
    }

    @Test
    @WithMockUser(username = "test-leader", roles = "LEADER")
    void aLeaderIsOfferedNoControlItMayNotUse() {
        String leadId = fixture.track(asAnalyst(() -> pipeline.add(new NewLead(LeadKind.CHAIN, "lens-technology",
                "st-cover-glass", null, "smart-terminal", 20.0, "该环节在望城区为缺链")).leadId()));

        for (String page : List.of("segments/st-cover-glass", "leads", "pipeline", "pipeline/" + leadId, "dashboard",
                "companies/lens-technology", "chains/smart-terminal", "cluster-map", "projects")) {
            UI.getCurrent().navigate(page);
            assertThat(editingControls()).as("editing controls on /" + page).isEmpty();
            assertThat(all(Grid.class)).as("加入备选 columns on /" + page).allMatch(g -> g.getColumnByKey("shortlist") == null);
        }
        // the lead's follow-up is there to read
        UI.getCurrent().navigate("pipeline/" + leadId);
        assertThat(all(Component.class).stream().anyMatch(c -> c.getId().orElse("").equals("lead-follow-up"))).isTrue();
    }

    @Test
    @WithMockUser(username = "test-analyst", roles = "ANALYST")
    void anAnalystHasTheControlsAndNoAdminPage() {
        UI.getCurrent().navigate("segments/st-cover-glass");
        assertThat($(Grid.class).id("segment-candidates").getColumnByKey("shortlist")).isNotNull();
        UI.getCurrent().navigate("leads");
        assertThat($(Grid.class).id("leads-grid").getColumnByKey("shortlist")).isNotNull();
        UI.getCurrent().navigate("pipeline");
        assertThat(buttonIds()).contains("pipeline-directed");
        UI.getCurrent().navigate("dashboard");
        assertThat(buttonIds()).anyMatch(id -> id.startsWith("enter-"));
        String leadId = fixture.track(pipeline.add(new NewLead(LeadKind.CHAIN, "lens-technology", "st-cover-glass", null,
                "smart-terminal", 20.0, "该环节在望城区为缺链")).leadId());
        UI.getCurrent().navigate("pipeline/" + leadId);
        assertThat(editingControls()).as("the check finds the analyst's controls").isNotEmpty();

        assertThat(all(SideNavItem.class).stream().map(SideNavItem::getPath).toList())
                .contains("leads", "pipeline")
                .doesNotContain("import", "users", "audit", "backup");

    }

    /** Every enabled, visible button and every writable field on the current page. */
    private List<Component> editingControls() {
        return all(Component.class).stream()
                .filter(c -> c instanceof Button || c instanceof HasValue<?, ?>)
                .filter(RoleAwarePagesTest::shown)
                .filter(c -> c instanceof Button b ? b.isEnabled() && !harmless(b) : !((HasValue<?, ?>) c).isReadOnly() && !filter(c))
                .toList();
    }

    /**
     * Buttons that change none of the district's data: the language switch, sign-out, the drawer, tabs,
     * exports, and one's own API tokens (a personal setting every role keeps).
     */
    private static boolean harmless(Button b) {
        return b instanceof com.vaadin.flow.component.applayout.DrawerToggle
                || List.of("language-switch", "logout", "retry", "my-tokens").contains(b.getId().orElse(""));
    }

    /** Search boxes and page filters: they choose what to read, they store nothing. */
    private static final java.util.Set<String> FILTERS = java.util.Set.of("company-search", "lead-kind", "lead-chain",
            "lead-segment", "lead-list", "lead-via", "lead-region", "lead-min-score", "pipeline-unit", "pipeline-owner",
            "pipeline-chain", "pipeline-stage", "pipeline-overdue", "map-chain", "map-park", "companies-filter");

    private static boolean filter(Component c) {
        return FILTERS.contains(c.getId().orElse(""));
    }

    private static boolean shown(Component c) {
        for (Component at = c; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> buttonIds() {
        return all(Button.class).stream().filter(RoleAwarePagesTest::shown).map(b -> b.getId().orElse("")).toList();
    }

    private <T extends Component> List<T> all(Class<T> type) {
        return $(type).all();
    }

    private static <T> T asAnalyst(java.util.function.Supplier<T> work) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        PipelineFixture.actAs("test-analyst");
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
