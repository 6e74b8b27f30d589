package cn.chainscout.map.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * China's provinces drawn by Apache ECharts (a WebJar) through the custom element in
 * {@code frontend/china-map.js}; the boundaries are ECharts 4.1.0's packaged china.json (see pom.xml).
 */
@Tag("cs-china-map")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
@JavaScript("context://frontend/china-map.js")
class ChinaMapChart extends Component implements HasSize, HasStyle {

    /** Where the boundary file is served: unpacked from the ECharts 4.1.0 WebJar at build time. */
    static final String BOUNDARIES = "webjars/echarts/4.1.0/map/json/china.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ChinaMapChart() {
        getElement().setAttribute("geo-url", BOUNDARIES);
    }

    /**
     * @param provinces   one entry per province with companies (the boundary file's names)
     * @param selected    the province the leads beside are filtered to, or null
     * @param valueLabel  what the colour counts, for the legend and tooltips
     */
    void show(List<Region> provinces, String selected, String valueLabel, String plantsLabel, String topLabel) {
        getElement().setProperty("data", JSON.writeValueAsString(
                new Data(provinces, selected, valueLabel, plantsLabel, topLabel)));
    }

    /**
     * @param colour the dot's colour: the most severe gap its companies would fill
     * @param size   the dot's diameter in px (by the best score there)
     */
    record Region(String name, int value, int headquarters, int plants, double topScore, String colour, int size) {
    }

    record Data(List<Region> provinces, String selected, String valueLabel, String plantsLabel, String topLabel) {
    }

    void onProvinceClick(Consumer<String> listener) {
        addListener(ProvinceClickEvent.class, e -> listener.accept(e.province));
    }

    @DomEvent("cs-province-click")
    public static class ProvinceClickEvent extends ComponentEvent<ChinaMapChart> {

        private final String province;

        public ProvinceClickEvent(ChinaMapChart source, boolean fromClient,
                                  @EventData("event.detail.name") String province) {
            super(source, fromClient);
            this.province = province;
        }
    }
}
