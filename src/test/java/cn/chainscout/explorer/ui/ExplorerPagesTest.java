package cn.chainscout.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain map, a segment and the leads page, read by an analyst without a browser. */
class ExplorerPagesTest extends PageTest {

    @BeforeEach
    void analystInChinese() {
        signInAs(TestUser.ANALYST);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theChainMapNamesTheChainAndItsCompleteness() {
        navigate("chains/smart-terminal", ChainMapView.class);

        assertThat(pageText()).contains("智能终端", "食品", "医药医疗器械");
        assertThat(textOf($view(Component.class).id("chain-completeness"))).contains("%");
    }

    @Test
    void aGapSegmentListsRankedCandidatesWithTheirReasons() {
        navigate("segments/st-cover-glass", SegmentView.class);

        assertThat(pageText()).contains("盖板玻璃");
        @SuppressWarnings("unchecked")
        Grid<Object> candidates = $view(Grid.class).id("segment-candidates");
        assertThat(test(candidates).size()).isPositive();
    }

    @Test
    void anUnknownSegmentSaysSoInsteadOfFailing() {
        navigate("segments/no-such-segment", SegmentView.class);

        assertThat(pageText()).contains("未找到环节", "no-such-segment");
    }

    @Test
    void theLeadsPageListsLeads() {
        navigate("leads", LeadsView.class);

        @SuppressWarnings("unchecked")
        Grid<Object> leads = $view(Grid.class).id("leads-grid");
        assertThat(test(leads).size()).isPositive();
        assertThat(pageText()).contains("招商线索");
    }
}
