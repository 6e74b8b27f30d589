package cn.chainscout.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chainscout.PageTest;
import cn.chainscout.pipeline.LeadKind;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineFixture;
import cn.chainscout.pipeline.PipelineService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A company already on the pipeline is not offered 加入备选 again: the segment page and the leads grid
 * link to its lead (「已在备选中」) and keep it in its place in the ranking; the pipeline list names the gap.
 */
@WithMockUser(username = "test-analyst", roles = "ANALYST")
class ShortlistPagesTest extends PageTest {

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
    void aCompanyOnThePipelineIsLinkedToItsLeadNotShortlistedAgain() {
        UI.getCurrent().navigate("leads");
        Grid<?> leads = $(Grid.class).id("leads-grid");
        int lensRow = rowOf(leads, "lens-technology");
        assertThat(test(leads).getLitRendererPropertyValue(lensRow, "shortlist", "lead", String.class)).isEmpty();

        String leadId = fixture.track(pipeline.add(new NewLead(LeadKind.CHAIN, "lens-technology", "st-cover-glass", null,
                "smart-terminal", 20.0, "盖板玻璃为缺链")).leadId());

        UI.getCurrent().navigate("segments/st-cover-glass");
        Grid<?> candidates = $(Grid.class).id("segment-candidates");
        var cell = test(candidates).getCellComponent(rowOf(candidates, "lens-technology"), "shortlist");
        Anchor link = $(Anchor.class, cell).first();
        assertThat(link.getText()).isEqualTo("已在备选中 →");
        assertThat(link.getHref()).isEqualTo("pipeline/" + leadId);

        UI.getCurrent().navigate("leads");
        leads = $(Grid.class).id("leads-grid");
        int row = rowOf(leads, "lens-technology");
        assertThat(row).as("still in its place in the ranking").isGreaterThanOrEqualTo(0);
        assertThat(test(leads).getLitRendererPropertyValue(row, "shortlist", "lead", String.class)).isEqualTo(leadId);

        UI.getCurrent().navigate("pipeline");
        test($(com.vaadin.flow.component.tabs.Tabs.class).first()).select(1);
        Grid<?> list = $(Grid.class).id("pipeline-grid");
        int mine = -1;
        for (int i = 0; i < test(list).size(); i++) {
            if (((cn.chainscout.pipeline.LeadCard) test(list).getRow(i)).id().equals(leadId)) {
                mine = i;
            }
        }
        assertThat(test(list).getCellText(mine, test(list).getColumnPosition("segment"))).isEqualTo("盖板玻璃");
    }

    private int rowOf(Grid<?> grid, String companyId) {
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            Object row = tester.getRow(i);
            String id = row instanceof cn.chainscout.lead.Lead l ? l.companyId() : null;
            if (companyId.equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
