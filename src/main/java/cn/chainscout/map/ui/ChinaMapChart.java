package cn.chainscout.map.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static volatile Map<String, String> BOUNDARY_CODES;

    ChinaMapChart() {
        getElement().setAttribute("geo-url", BOUNDARIES);
    }

    /**
     * @param provinces   one entry per province with companies
     * @param selected    the province the leads beside are filtered to (its code), or null
     * @param labels      every province's name in the page's language, by code (the map's own labels)
     * @param valueLabel  what the colour counts, for the legend and tooltips
     */
    void show(List<Region> provinces, String selected, Map<String, String> labels, String valueLabel, String plantsLabel,
              String topLabel) {
        getElement().setProperty("data", JSON.writeValueAsString(
                new Data(provinces, selected, labels, valueLabel, plantsLabel, topLabel)));
    }

    /**
     * @param code   the province's code in the boundary file (its feature id, e.g. 430000)
     * @param name   its name in the page's language
     * @param colour the dot's colour: the most severe gap its companies would fill
     * @param size   the dot's diameter in px (by the best score there)
     */
    record Region(String code, String name, int value, int headquarters, int plants, double topScore, String colour,
                  int size) {
    }

    record Data(List<Region> provinces, String selected, Map<String, String> labels, String valueLabel,
                String plantsLabel, String topLabel) {
    }

    /**
     * The boundary file's provinces, name (湖南) → code (430000), as the file lists them: the page sends codes so an
     * English page carries no Chinese name, and the browser finds the shape by code.
     */
    static Map<String, String> boundaryCodes() {
        Map<String, String> codes = BOUNDARY_CODES;
        if (codes == null) {
            Map<String, String> read = new LinkedHashMap<>();
            try (InputStream in = ChinaMapChart.class.getResourceAsStream("/META-INF/resources/" + BOUNDARIES)) {
                if (in != null) {
                    JSON.readTree(in).get("features").forEach(f ->
                            read.put(f.get("properties").get("name").asString(), f.get("id").asString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            codes = BOUNDARY_CODES = Map.copyOf(read);
        }
        return codes;
    }

    /** The province (boundary name) of a code the browser sent, or null. */
    static String provinceOf(String code) {
        return code == null ? null : boundaryCodes().entrySet().stream().filter(e -> e.getValue().equals(code))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    void onProvinceClick(Consumer<String> listener) {
        addListener(ProvinceClickEvent.class, e -> listener.accept(e.province));
    }

    @DomEvent("cs-province-click")
    public static class ProvinceClickEvent extends ComponentEvent<ChinaMapChart> {

        private final String province;

        public ProvinceClickEvent(ChinaMapChart source, boolean fromClient,
                                  @EventData("event.detail.code") String code) {
            super(source, fromClient);
            this.province = provinceOf(code);
        }
    }
}
