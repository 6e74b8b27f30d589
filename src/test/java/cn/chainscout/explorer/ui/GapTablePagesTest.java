package cn.chainscout.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import cn.chainscout.gap.SegmentGap;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ranked gap table beside the chain map: every gap's reason without clicking a box. */
class GapTablePagesTest extends PageTest {

    @BeforeEach
    void leader() {
        signInAs(TestUser.LEADER);
    }

    @Test
    void theChainMapListsItsGapsMostSevereFirstWithWhyAndALinkEach() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("chains/smart-terminal", ChainMapView.class);

        List<SegmentGap> rows = rows();
        assertThat(rows).isNotEmpty().allMatch(g -> g.status().isGap());
        List<SegmentGap> attractable = rows.stream().filter(SegmentGap::attractable).toList();
        for (int i = 1; i < attractable.size(); i++) {
            assertThat(attractable.get(i).severity()).isLessThanOrEqualTo(attractable.get(i - 1).severity());
        }
        // the segments almost no district can attract come after the others
        int firstUnattractable = rows.indexOf(rows.stream().filter(g -> !g.attractable()).findFirst().orElse(null));
        if (firstUnattractable >= 0) {
            assertThat(rows.subList(firstUnattractable, rows.size())).noneMatch(SegmentGap::attractable);
        }
        assertThat(pageText()).contains("缺口环节排序");
        assertThat(headers()).contains("环节", "状态", "严重度", "原因", "候选企业数");
        var table = test($view(Grid.class).id("gap-table"));
        assertThat(table.size()).isEqualTo(rows.size());
        assertThat(table.getCellText(0, 4)).isEqualTo(rows.getFirst().reasonZh());
        assertThat(table.getCellText(0, 5)).isEqualTo(String.valueOf(rows.getFirst().candidateCount()));
    }

    @Test
    void inEnglishTheTableSpeaksEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("chains/smart-terminal", ChainMapView.class);

        assertThat(pageText()).contains("Gaps ranked");
        assertThat(headers()).contains("Segment", "Status", "Severity", "Why", "Candidates");
        assertThat(test($view(Grid.class).id("gap-table")).getCellText(0, 4)).isEqualTo(rows().getFirst().reasonEn());
    }

    private List<String> headers() {
        return $view(Grid.class).id("gap-table").getColumns().stream().map(c -> ((Grid.Column<?>) c).getHeaderText()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<SegmentGap> rows() {
        Grid<SegmentGap> grid = $view(Grid.class).id("gap-table");
        return grid.getGenericDataView().getItems().toList();
    }
}
