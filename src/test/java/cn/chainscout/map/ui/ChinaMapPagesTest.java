package cn.chainscout.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import cn.chainscout.map.ChinaMap;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 全国分布 read by a leader without a browser: the leads beside the map follow the province clicked. */
class ChinaMapPagesTest extends PageTest {

    @BeforeEach
    void leaderInChinese() {
        signInAs(TestUser.LEADER);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aLeaderOpensTheMapAndSeesTheChainsCandidatesWithTheBoundarySourceStated() {
        ChinaMapView view = navigate("map", ChinaMapView.class);

        assertThat(rows(view)).isNotEmpty();
        assertThat(pageText()).contains("全国分布", "家企业", "Apache ECharts", "Apache-2.0", "china.json");
        assertThat(view.province()).isNull();
    }

    @Test
    void clickingAProvinceListsOnlyTheLeadsHeadquarteredOrWithAPlantThere() {
        ChinaMapView view = navigate("map", ChinaMapView.class);
        List<ChinaMap.MapLead> all = rows(view);
        // the province with the most candidates, as the map shades it darkest
        String busiest = all.stream().map(ChinaMap.MapLead::province).filter(p -> p != null)
                .reduce((a, b) -> all.stream().filter(l -> b.equals(l.province())).count()
                        > all.stream().filter(l -> a.equals(l.province())).count() ? b : a).orElseThrow();

        view.selectProvince(busiest);

        List<ChinaMap.MapLead> shown = rows(view);
        assertThat(shown).isNotEmpty().hasSizeLessThan(all.size())
                .allMatch(l -> busiest.equals(l.province()) || l.plantProvinces().contains(busiest));
        assertThat(pageText()).contains(busiest + "的线索");

        view.selectProvince(null);
        assertThat(rows(view)).hasSize(all.size());
    }

    @Test
    void theSuppliersAndCustomersLayerPlacesTheLocalFirmsPartners() {
        ChinaMapView view = navigate("map", ChinaMapView.class);
        @SuppressWarnings("unchecked")
        Select<ChinaMap.Layer> layer = $view(Select.class).id("china-map-layer");
        layer.setValue(ChinaMap.Layer.PARTNERS);

        List<ChinaMap.MapLead> partners = rows(view);
        assertThat(partners).isNotEmpty().anyMatch(l -> l.via() != null);
        int row = partners.indexOf(partners.stream().filter(l -> l.via() != null).findFirst().orElseThrow());
        assertThat(test($view(Grid.class).id("china-map-leads")).getCellText(row, 3)).contains("经 ");
    }

    @SuppressWarnings("unchecked")
    private List<ChinaMap.MapLead> rows(ChinaMapView view) {
        Grid<ChinaMap.MapLead> grid = $view(Grid.class).id("china-map-leads");
        return grid.getGenericDataView().getItems().toList();
    }
}
