package cn.chainscout.map.ui;

import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.GraphView;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.map.ClusterMap;
import cn.chainscout.map.ClusterMapService;
import cn.chainscout.map.MapFilter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * 集群地图: the district's chains, their segments and local firms as one picture, filtered by chain
 * and park; a click opens the chain, segment or company page.
 */
@PermitAll
@Route("cluster-map")
@StyleSheet("context://frontend/leadership.css")
class ClusterMapView extends VerticalLayout implements HasDynamicTitle {

    /** Options for a picture of up to a few thousand nodes (see docs/cluster-map.md and the benchmark). */
    static final GraphView.RenderOptions LARGE = new GraphView.RenderOptions(true, true, true, 6, 0.03);
    private static final String ALL = "";

    private final ClusterMapService maps;
    private final GraphView graph = new GraphView();
    private final Select<String> chain = new Select<>();
    private final Select<String> park = new Select<>();
    private final Span counts = new Span();
    private final Div legend = new Div();

    ClusterMapView(ClusterMapService maps) {
        this.maps = maps;
        addClassNames("cs-page", "cs-cluster-map");
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-xs)");
        Locale locale = getLocale();
        ClusterMap all = maps.map(MapFilter.ALL, locale);

        Map<String, String> chainNames = new java.util.LinkedHashMap<>();
        chainNames.put(ALL, getTranslation("clusterMap.allChains"));
        all.chains().forEach(c -> chainNames.put(c.id(), TranslationProvider.name(locale, c.name(), c.nameEn())));
        chain.setId("map-chain");
        chain.setLabel(getTranslation("clusterMap.chain"));
        chain.setItems(chainNames.keySet());
        chain.setItemLabelGenerator(chainNames::get);
        chain.setValue(ALL);

        Map<String, String> parkNames = new java.util.LinkedHashMap<>();
        parkNames.put(ALL, getTranslation("clusterMap.allParks"));
        // zones first, each followed by the parks inside it
        all.parks().stream().filter(p -> p.parentId() == null).forEach(zone -> {
            parkNames.put(zone.id(), TranslationProvider.name(locale, zone.name(), zone.nameEn()));
            all.parks().stream().filter(p -> zone.id().equals(p.parentId())).forEach(p ->
                    parkNames.put(p.id(), "\u2003" + TranslationProvider.name(locale, p.name(), p.nameEn())));
        });
        park.setId("map-park");
        park.setLabel(getTranslation("clusterMap.park"));
        park.setItems(parkNames.keySet());
        park.setItemLabelGenerator(parkNames::get);
        park.setValue(ALL);
        park.setWidth("14em");
        chain.addValueChangeListener(e -> show());
        park.addValueChangeListener(e -> show());

        counts.setId("map-counts");
        counts.addClassNames("text-s", "text-secondary");
        H1 title = new H1(getTranslation("nav.clusterMap"));
        HorizontalLayout top = new HorizontalLayout(title, chain, park, counts);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();

        legend.setId("map-legend");
        legend.addClassName("cs-map-legend");
        fillLegend(all, locale);

        graph.setId("cluster-map");
        graph.setHeight("calc(100vh - 196px)");
        graph.getStyle().set("min-height", "360px");
        graph.setRenderOptions(LARGE);
        graph.onNodeClick(this::open);
        add(top, legend, graph);
        show(all);
    }

    private void show() {
        show(maps.map(new MapFilter(emptyToNull(chain.getValue()), emptyToNull(park.getValue())), getLocale()));
    }

    private void show(ClusterMap map) {
        counts.setText(getTranslation("clusterMap.counts", map.segments(), map.gaps(), map.firms()));
        graph.setGraph(map.graph());
    }

    private void open(String nodeId, String kind) {
        int colon = nodeId.indexOf(':');
        String id = colon < 0 ? nodeId : nodeId.substring(colon + 1);
        String path = switch (kind) {
            case "chain" -> "chains/" + id;
            case "cluster-segment" -> "segments/" + id;
            case "company" -> "companies/" + id;
            default -> null;
        };
        if (path != null) {
            UI.getCurrent().navigate(path);
        }
    }

    private void fillLegend(ClusterMap map, Locale locale) {
        legend.add(new Span(getTranslation("clusterMap.legend.chains")));
        for (ClusterMap.ChainKey c : map.chains()) {
            legend.add(swatch(c.colour(), TranslationProvider.name(locale, c.name(), c.nameEn()), false, null));
        }
        legend.add(swatch(ClusterMapService.NO_CHAIN_COLOUR, getTranslation("clusterMap.legend.noChain"), true, null));
        for (GapStatus s : new GapStatus[] {GapStatus.MISSING, GapStatus.BROKEN, GapStatus.WEAK}) {
            legend.add(swatch("#ffffff", getTranslation("status." + s.name()), false, ClusterMapService.GAP_OUTLINES.get(s)));
        }
        legend.add(new Span(getTranslation("clusterMap.legend.faded")));
        legend.add(new Span(getTranslation("clusterMap.legend.sizePlain")));
        legend.add(new Span(getTranslation("clusterMap.legend.click")));
    }

    private static Span swatch(String fill, String text, boolean dot, String outline) {
        Span box = new Span();
        box.addClassName("cs-swatch");
        if (dot) {
            box.addClassName("cs-dot");
        }
        box.getStyle().set("background", fill);
        if (outline != null) {
            box.getStyle().set("border", "3px solid " + outline).set("box-sizing", "border-box");
        }
        return new Span(box, new Span(text));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.clusterMap") + " · " + getTranslation("app.short");
    }
}
