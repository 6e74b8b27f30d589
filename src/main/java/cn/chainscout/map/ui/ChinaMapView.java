package cn.chainscout.map.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.chain.ChainOverview;
import cn.chainscout.common.i18n.Places;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.map.ChinaMap;
import cn.chainscout.map.ChinaMapService;
import cn.chainscout.map.ClusterMapService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 全国分布: where a chain's candidate companies (or the district's firms' suppliers and customers) are in
 * China, by headquarters and plant province; a click on a province lists its leads beside the map.
 */
@PermitAll
@Route("map")
class ChinaMapView extends VerticalLayout implements HasDynamicTitle {

    /** Dot diameters (px) for the lowest and the best top score on the map. */
    private static final int SMALLEST_DOT = 10;
    private static final int LARGEST_DOT = 30;

    private final ChinaMapService maps;
    private final ChinaMapChart chart = new ChinaMapChart();
    private final Select<String> chain = new Select<>();
    private final Select<ChinaMap.Layer> layer = new Select<>();
    private final Span counts = new Span();
    private final H3 listTitle = new H3();
    private final Button showAll = new Button();
    private final Grid<ChinaMap.MapLead> grid = new Grid<>();
    private final Paragraph footnote = new Paragraph();
    private ChinaMap current;
    private String province;

    ChinaMapView(ChinaMapService maps) {
        this.maps = maps;
        addClassName("cs-page");
        setSpacing(false);
        Locale locale = getLocale();
        boolean english = TranslationProvider.isEnglish(locale);

        Map<String, String> chainNames = new LinkedHashMap<>();
        for (ChainOverview c : maps.chains()) {
            chainNames.put(c.id(), TranslationProvider.name(locale, c.name(), c.nameEn()));
        }
        chain.setId("china-map-chain");
        chain.setLabel(getTranslation("chinaMap.chain"));
        chain.setItems(chainNames.keySet());
        chain.setItemLabelGenerator(chainNames::get);
        chainNames.keySet().stream().findFirst().ifPresent(chain::setValue);
        layer.setId("china-map-layer");
        layer.setLabel(getTranslation("chinaMap.layer"));
        layer.setItems(ChinaMap.Layer.values());
        layer.setItemLabelGenerator(l -> getTranslation("chinaMap.layer." + l.name()));
        layer.setValue(ChinaMap.Layer.CANDIDATES);
        layer.setWidth("16em");
        chain.addValueChangeListener(e -> load());
        layer.addValueChangeListener(e -> load());
        counts.setId("china-map-counts");
        counts.addClassNames("text-s", "text-secondary");
        HorizontalLayout top = new HorizontalLayout(new H1(getTranslation("nav.chinaMap")), chain, layer, counts);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();

        chart.setId("china-map");
        chart.setHeight("calc(100vh - 230px)");
        chart.getStyle().set("min-height", "380px").set("flex", "1 1 0").set("min-width", "0");
        chart.onProvinceClick(p -> {
            province = p;
            showLeads();
            drawChart();
        });

        listTitle.setId("china-map-list-title");
        showAll.setText(getTranslation("chinaMap.showAll"));
        showAll.setId("china-map-all");
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showAll.addClickListener(e -> {
            province = null;
            showLeads();
            drawChart();
        });
        grid.setId("china-map-leads");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(l -> new Anchor("companies/" + l.companyId(), TranslationProvider.name(locale, l.name(), l.nameEn())))
                .setHeader(getTranslation("chinaMap.company")).setFlexGrow(2);
        grid.addColumn(l -> String.format(Locale.ROOT, "%.1f", l.score())).setHeader(getTranslation("chinaMap.score"))
                .setWidth("4.5em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::where).setHeader(getTranslation("chinaMap.where")).setFlexGrow(1);
        grid.addColumn(l -> String.join(getTranslation("common.listSep"), english ? l.fillsEn() : l.fills())
                        + (l.via() == null ? "" : (l.fills().isEmpty() ? "" : english ? "; " : "；")
                        + getTranslation("chinaMap.via", TranslationProvider.name(locale, l.via(), l.viaEn()))))
                .setHeader(getTranslation("chinaMap.why")).setFlexGrow(2);
        grid.setHeight("calc(100vh - 300px)");
        VerticalLayout side = new VerticalLayout(new HorizontalLayout(listTitle, showAll), grid);
        side.setPadding(false);
        side.setSpacing(false);
        side.setWidth("34em");
        side.getStyle().set("flex-shrink", "0");
        HorizontalLayout body = new HorizontalLayout(chart, side);
        body.setWidthFull();
        footnote.setId("china-map-source");
        footnote.addClassNames("text-xs", "text-secondary");
        add(top, body, footnote);
        load();
    }

    private void load() {
        province = null;
        chain.setEnabled(layer.getValue() == ChinaMap.Layer.CANDIDATES);
        current = maps.map(chain.getValue(), layer.getValue());
        counts.setText(getTranslation("chinaMap.counts", current.leads().size(), current.provinces().size()));
        footnote.setText(getTranslation("chinaMap.footnote", current.abroad(), current.unplaced()));
        showLeads();
        drawChart();
    }

    /** The leads in the chosen province, or all of them. */
    void showLeads() {
        List<ChinaMap.MapLead> shown = current.leadsIn(province);
        listTitle.setText(province == null ? getTranslation("chinaMap.listAll", shown.size())
                : getTranslation("chinaMap.listIn", Places.name(getLocale(), province), shown.size()));
        showAll.setVisible(province != null);
        grid.setItems(shown);
    }

    private void drawChart() {
        double best = current.provinces().stream().mapToDouble(ChinaMap.Province::topScore).max().orElse(1);
        Locale locale = getLocale();
        Map<String, String> codes = ChinaMapChart.boundaryCodes();
        List<ChinaMapChart.Region> regions = current.provinces().stream().map(p -> new ChinaMapChart.Region(
                codes.get(p.name()), Places.name(locale, p.name()), p.headquarters(), p.headquarters(), p.plants(), p.topScore(),
                p.worstGap() == null ? ClusterMapService.NO_CHAIN_COLOUR : ClusterMapService.GAP_OUTLINES.get(p.worstGap()),
                (int) Math.round(SMALLEST_DOT + (LARGEST_DOT - SMALLEST_DOT) * (best <= 0 ? 0 : Math.max(0, p.topScore()) / best))))
                .toList();
        Map<String, String> labels = new LinkedHashMap<>();
        codes.forEach((name, code) -> labels.put(code, Places.name(locale, name)));
        chart.show(regions, province == null ? null : codes.get(province), labels, getTranslation("chinaMap.tip.headquarters"),
                getTranslation("chinaMap.tip.plants"), getTranslation("chinaMap.tip.top"));
    }

    private String where(ChinaMap.MapLead l) {
        Locale locale = getLocale();
        String home = Places.name(locale, l.province());
        String hq = l.province() == null ? "" : l.city() == null ? home
                : TranslationProvider.isEnglish(locale) ? Places.name(locale, l.city()) + ", " + home // Changsha, Hunan
                : home + " " + l.city();
        return l.plantProvinces().isEmpty() ? hq
                : hq + (hq.isEmpty() ? "" : " · ") + getTranslation("chinaMap.plantsIn", String.join(getTranslation("common.listSep"),
                l.plantProvinces().stream().map(p -> Places.name(locale, p)).toList()));
    }

    /** The province the list is filtered to, or null (for tests). */
    String province() {
        return province;
    }

    /** The province click as the map sends it (for tests without a browser). */
    void selectProvince(String name) {
        province = name;
        showLeads();
        drawChart();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.chinaMap") + " · " + getTranslation("app.short");
    }
}
