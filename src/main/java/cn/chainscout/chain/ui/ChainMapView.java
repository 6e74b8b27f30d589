package cn.chainscout.chain.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.chainscout.chain.ChainMap;
import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.GraphView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** 产业链图谱: a chain's segments as a picture, upstream → downstream, FEEDS as arrows; click a segment for its firms. */
@Route("chains/:id?")
class ChainMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChainService chains;
    private final Tabs tabs = new Tabs();
    private final GraphView graph = new GraphView();
    private final Div details = new Div();
    private final H1 heading = new H1();
    private ChainMap current;

    ChainMapView(ChainService chains) {
        this.chains = chains;
        addClassName("cs-page");
        graph.setId("chain-map");
        // a definite height: the picture fits the screen (1366×768 laptops included) below the tabs
        graph.setHeight("calc(100vh - 250px)");
        graph.getStyle().set("min-height", "360px").set("flex", "1 1 0").set("min-width", "0");
        graph.onNodeClick((id, kind) -> {
            if ("segment".equals(kind) && current != null) {
                showSegment(id);
            }
        });
        details.setId("segment-details");
        details.setWidth("18em");
        details.getStyle().set("flex-shrink", "0").set("overflow", "auto");
        HorizontalLayout body = new HorizontalLayout(graph, details);
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        add(heading, tabs, legend(), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ChainOverview> all = chains.overview();
        Optional<String> requested = event.getRouteParameters().get("id");
        if (requested.isEmpty() && !all.isEmpty()) {
            event.forwardTo("chains/" + all.getFirst().id());
            return;
        }
        Locale locale = getLocale();
        tabs.removeAll();
        Tab selected = null;
        for (ChainOverview chain : all) {
            Tab tab = new Tab(TranslationProvider.name(locale, chain.name(), chain.nameEn()));
            tab.setId("tab-" + chain.id());
            tab.getElement().addEventListener("click", e -> UI.getCurrent().navigate("chains/" + chain.id()));
            tabs.add(tab);
            if (requested.isPresent() && chain.id().equals(requested.get())) {
                selected = tab;
            }
        }
        if (selected != null) {
            tabs.setSelectedTab(selected);
        }
        current = requested.flatMap(chains::chainMap).orElse(null);
        if (current == null) {
            heading.setText(getTranslation("chainMap.notFound", requested.orElse("")));
            graph.setVisible(false);
            return;
        }
        heading.setText(TranslationProvider.name(locale, current.name(), current.nameEn()) + " · " + getTranslation("nav.chains"));
        graph.setVisible(true);
        graph.setGraph(chains.chainMapGraph(current, locale));
        details.removeAll();
        details.add(new Paragraph(getTranslation("chainMap.clickHint")));
    }

    private void showSegment(String segmentId) {
        Locale locale = getLocale();
        current.segments().stream().filter(s -> s.id().equals(segmentId)).findFirst().ifPresent(s -> {
            details.removeAll();
            details.add(new H3(TranslationProvider.name(locale, s.name(), s.nameEn())));
            details.add(new Paragraph(getTranslation("stage." + s.stage())
                    + (s.key() ? " · " + getTranslation("chainMap.key") : "")));
            if (s.localFirms().isEmpty()) {
                details.add(new Paragraph(getTranslation("chainMap.noLocalFirms")));
            } else {
                details.add(new Span(getTranslation("chainMap.localFirms", s.localFirms().size())));
                UnorderedList list = new UnorderedList();
                s.localFirms().forEach(name -> list.add(new ListItem(name)));
                details.add(list);
            }
        });
    }

    private HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout(
                swatch("#86efac", getTranslation("chainMap.legend.local")),
                swatch("#e5e7eb", getTranslation("chainMap.legend.none")),
                new Span(getTranslation("chainMap.legend.key")));
        legend.setId("chain-map-legend");
        legend.addClassNames("text-s", "text-secondary");
        return legend;
    }

    private static Span swatch(String colour, String text) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                .set("background", colour).set("border-radius", "3px").set("margin-right", "0.3em")
                .set("vertical-align", "middle");
        Span label = new Span(box, new Span(text));
        return label;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.short");
    }
}
