package cn.chainscout.explorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.chainscout.chain.ChainOverview;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.GraphView;
import cn.chainscout.explorer.ExplorerService;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.gap.SegmentGap;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * 产业链图谱: a chain's segments as a picture, upstream → downstream, FEEDS as arrows, each segment
 * coloured by its gap status; a click shows the segment's diagnosis, with a link to its page.
 */
@PermitAll
@Route("chains/:id?")
class ChainMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExplorerService explorer;
    private final Tabs tabs = new Tabs();
    private final GraphView graph = new GraphView();
    private final Div details = new Div();
    private final H1 heading = new H1();
    private final Span completeness = new Span();
    private final H2 gapTitle = new H2();
    private final Grid<SegmentGap> gapTable = new Grid<>();
    private ExplorerService.ChainPage current;

    ChainMapView(ExplorerService explorer) {
        this.explorer = explorer;
        addClassName("cs-page");
        graph.setId("chain-map");
        // a definite height: the picture fits the screen (1366×768 laptops included) below the tabs
        graph.setHeight("calc(100vh - 250px)");
        graph.getStyle().set("min-height", "360px").set("flex", "1 1 0").set("min-width", "0");
        graph.onNodeClick((id, kind) -> {
            if ("segment".equals(kind) && current != null) {
                current.gaps().segment(id).ifPresent(this::showSegment);
            }
        });
        details.setId("segment-details");
        details.setWidth("18em");
        details.getStyle().set("flex-shrink", "0").set("overflow", "auto").set("max-height", "calc(100vh - 250px)");
        completeness.setId("chain-completeness");
        HorizontalLayout body = new HorizontalLayout(graph, details);
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        HorizontalLayout top = new HorizontalLayout(tabs, completeness);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        add(heading, top, legend(), body, gapTitle, gapTable);
    }

    /** The chain's gaps ranked as the diagnosis orders them (severity, the unattractable last): 18 reasons at a glance. */
    private void buildGapTable() {
        Locale locale = getLocale();
        boolean english = TranslationProvider.isEnglish(locale);
        gapTable.removeAllColumns();
        gapTable.setId("gap-table");
        gapTable.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        gapTable.setAllRowsVisible(true);
        gapTable.addColumn(s -> rankOf(s)).setHeader(getTranslation("gapTable.rank"))
                .setWidth("3.5em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        gapTable.addComponentColumn(s -> {
            Anchor link = new Anchor("segments/" + s.segmentId(), TranslationProvider.name(locale, s.name(), s.nameEn()));
            link.addClassName("cs-gap-segment");
            return link;
        }).setHeader(getTranslation("gapTable.segment")).setWidth("11em").setFlexGrow(0);
        gapTable.addComponentColumn(s -> StatusBadge.of(s.status(), locale))
                .setHeader(getTranslation("gapTable.status")).setWidth("6em").setFlexGrow(0);
        gapTable.addColumn(s -> String.format(Locale.ROOT, "%.1f", s.severity()))
                .setHeader(getTranslation("gapTable.severity")).setWidth("6em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        gapTable.addColumn(s -> english ? s.reasonEn() : s.reasonZh()).setHeader(getTranslation("gapTable.why"))
                .setFlexGrow(1);
        gapTable.addColumn(SegmentGap::candidateCount).setHeader(getTranslation("gapTable.candidates"))
                .setWidth("7em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    private String rankOf(SegmentGap s) {
        return current == null ? "" : String.valueOf(current.gaps().gaps().indexOf(s) + 1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ChainOverview> all = explorer.chains();
        Optional<String> requested = event.getRouteParameters().get("id");
        if (requested.isEmpty() && !all.isEmpty()) {
            event.forwardTo("chains/" + all.getFirst().id());
            return;
        }
        Locale locale = getLocale();
        tabs.removeAll();
        for (ChainOverview chain : all) {
            Tab tab = new Tab(TranslationProvider.name(locale, chain.name(), chain.nameEn()));
            tab.setId("tab-" + chain.id());
            tab.getElement().addEventListener("click", e -> UI.getCurrent().navigate("chains/" + chain.id()));
            tabs.add(tab);
            if (requested.isPresent() && chain.id().equals(requested.get())) {
                tabs.setSelectedTab(tab);
            }
        }
        current = requested.flatMap(id -> explorer.chainPage(id, locale)).orElse(null);
        details.removeAll();
        if (current == null) {
            heading.setText(getTranslation("chainMap.notFound", requested.orElse("")));
            graph.setVisible(false);
            completeness.setText("");
            gapTitle.setVisible(false);
            gapTable.setVisible(false);
            return;
        }
        heading.setText(TranslationProvider.name(locale, current.map().name(), current.map().nameEn())
                + " · " + getTranslation("nav.chains"));
        completeness.setText(getTranslation("chainMap.completeness", Math.round(current.gaps().completeness() * 100),
                current.gaps().gaps().size()));
        graph.setVisible(true);
        graph.setGraph(current.graph());
        details.add(new Paragraph(getTranslation("chainMap.clickHint")));
        buildGapTable();
        List<SegmentGap> ranked = current.gaps().gaps();
        gapTitle.setText(getTranslation("gapTable.title", ranked.size()));
        gapTitle.setVisible(true);
        gapTable.setVisible(!ranked.isEmpty());
        gapTable.setItems(ranked);
    }

    private void showSegment(SegmentGap s) {
        Locale locale = getLocale();
        details.removeAll();
        details.add(new H3(TranslationProvider.name(locale, s.name(), s.nameEn())));
        details.add(StatusBadge.of(s.status(), locale));
        details.add(new Paragraph(TranslationProvider.isEnglish(locale) ? s.reasonEn() : s.reasonZh()));
        details.add(new Paragraph(getTranslation("segment.localFirms") + getTranslation("common.colon")
                + (s.localFirms().isEmpty() ? getTranslation("segment.none") : String.join(getTranslation("common.listSep"),
                s.localFirms().stream().map(f -> TranslationProvider.name(locale, f.name(), f.nameEn())).toList()))));
        details.add(new Paragraph(getTranslation("segment.candidates", s.candidateCount())));
        Anchor open = new Anchor("segments/" + s.segmentId(), getTranslation("segment.open"));
        open.setId("open-segment");
        details.add(open);
    }

    private HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout();
        for (GapStatus status : GapStatus.values()) {
            legend.add(swatch(ExplorerService.STATUS_COLOURS.get(status), getTranslation("status." + status.name())));
        }
        legend.add(new Span(getTranslation("chainMap.legend.key")));
        legend.setId("chain-map-legend");
        legend.addClassNames("text-s", "text-secondary");
        return legend;
    }

    private static Span swatch(String colour, String text) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                .set("background", colour).set("border-radius", "3px").set("margin-right", "0.3em")
                .set("vertical-align", "middle");
        return new Span(box, new Span(text));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.short");
    }
}
