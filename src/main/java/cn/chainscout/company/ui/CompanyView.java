package cn.chainscout.company.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.GraphView;
import cn.chainscout.common.ui.SourceText;
import cn.chainscout.company.CompanyPortrait;
import cn.chainscout.company.CompanyService;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.pipeline.ui.CompanyLeadsSection;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** A company's page: names, where it is, what it makes, its list ranks and ties, each with its source. */
@PermitAll
@Route("companies/:id")
class CompanyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final PipelineService pipeline;
    private final cn.chainscout.explorer.ExplorerService explorer;
    private final cn.chainscout.gap.GapService gaps;
    private String title = "";

    CompanyView(CompanyService companies, PipelineService pipeline, cn.chainscout.explorer.ExplorerService explorer,
                cn.chainscout.gap.GapService gaps) {
        this.companies = companies;
        this.pipeline = pipeline;
        this.explorer = explorer;
        this.gaps = gaps;
        addClassName("cs-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        companies.portrait(id).ifPresentOrElse(this::show, () -> {
            title = getTranslation("company.notFound", id);
            add(new H1(title));
        });
    }

    private void show(CompanyPortrait c) {
        Locale locale = getLocale();
        title = TranslationProvider.name(locale, c.name(), c.nameEn());
        H1 heading = new H1(title);
        heading.setId("company-name");
        add(heading);

        DescriptionList facts = new DescriptionList();
        facts.addClassName("cs-facts");
        fact(facts, "company.name", c.name());
        fact(facts, "company.nameEn", c.nameEn());
        fact(facts, "company.aliases", String.join(getTranslation("common.listSep"), c.aliases()));
        fact(facts, "company.hq", join(cn.chainscout.common.i18n.Places.name(locale, c.country()),
                cn.chainscout.common.i18n.Places.name(locale, c.province())));
        fact(facts, "company.ownership", cn.chainscout.common.i18n.Places.name(locale, c.ownership()));
        fact(facts, "company.listing", String.join(", ", c.listing()));
        if (c.source() != null) {
            facts.add(new DescriptionList.Term(getTranslation("company.source")),
                    new DescriptionList.Description(SourceText.of(c.source())));
        }
        add(facts);

        if (c.local()) {
            add(new H2(getTranslation("company.parks")));
            Grid<CompanyPortrait.Presence> parks = grid(c.parks());
            parks.addColumn(p -> TranslationProvider.name(locale, p.parkName(), p.parkNameEn())
                    + (p.parentName() == null ? "" : " · " + TranslationProvider.name(locale, p.parentName(), p.parentNameEn()))).setHeader(getTranslation("company.park"));
            parks.addColumn(p -> p.leading() ? getTranslation("home.leading") : "").setHeader(getTranslation("company.role"));
            parks.addColumn(CompanyPortrait.Presence::tier).setHeader(getTranslation("company.tier"));
            parks.addColumn(CompanyPortrait.Presence::since).setHeader(getTranslation("company.since"));
            parks.addColumn(sourceRenderer(CompanyPortrait.Presence::source)).setHeader(getTranslation("company.source")).setFlexGrow(3);
            add(parks);
        }

        add(new H2(getTranslation("company.segments")));
        if (c.segments().isEmpty()) {
            add(new Paragraph(getTranslation("company.none")));
        } else {
            Grid<CompanyPortrait.SegmentRole> segments = grid(c.segments());
            segments.setId("company-segments");
            segments.addColumn(s -> TranslationProvider.name(locale, s.chainName(), s.chainNameEn())).setHeader(getTranslation("company.chain"));
            segments.addColumn(s -> TranslationProvider.name(locale, s.segmentName(), s.segmentNameEn())).setHeader(getTranslation("company.segment"));
            segments.addColumn(s -> getTranslation(s.main() ? "company.main" : "company.side")).setHeader(getTranslation("company.role"));
            segments.addColumn(s -> String.join(getTranslation("common.listSep"), s.products())).setHeader(getTranslation("company.products"));
            segments.addColumn(sourceRenderer(CompanyPortrait.SegmentRole::source)).setHeader(getTranslation("company.source")).setFlexGrow(3);
            add(segments);
        }

        if (!c.rankings().isEmpty()) {
            add(new H2(getTranslation("company.rankings")));
            Grid<CompanyPortrait.RankEntry> ranks = grid(c.rankings());
            ranks.setId("company-rankings");
            ranks.addColumn(r -> TranslationProvider.name(locale, r.rankingName(), r.rankingNameEn())).setHeader(getTranslation("company.list"));
            ranks.addColumn(CompanyPortrait.RankEntry::year).setHeader(getTranslation("company.year"));
            ranks.addColumn(r -> cn.chainscout.common.ui.Formats.rank(r.rank(), locale)).setHeader(getTranslation("company.rank"));
            ranks.addColumn(r -> r.revenue() == null ? "" : cn.chainscout.common.ui.Formats.money(r.revenue(), r.revenueUnit(), locale))
                    .setHeader(getTranslation("company.revenue"));
            ranks.addColumn(sourceRenderer(CompanyPortrait.RankEntry::source)).setHeader(getTranslation("company.source")).setFlexGrow(3);
            add(ranks);
        }

        if (!c.ties().isEmpty()) {
            add(new H2(getTranslation("company.ties")));
            if (c.tiesCut()) {
                Paragraph cut = new Paragraph(getTranslation("company.tiesCut", c.ties().size(), c.tieCount()));
                cut.setId("company-ties-cut");
                add(cut);
            }
            GraphView picture = new GraphView();
            picture.setId("company-ties-graph");
            picture.setWidthFull();
            picture.setHeight(c.ties().size() > 12 ? "460px" : "320px");
            picture.setGraph(companies.tieGraph(c, locale, type -> getTranslation("tieEdge." + type)));
            picture.onNodeClick((nodeId, kind) -> {
                if (!nodeId.equals(c.id())) {
                    UI.getCurrent().navigate("companies/" + nodeId);
                }
            });
            add(picture);
            Grid<CompanyPortrait.Tie> ties = grid(c.ties());
            ties.setId("company-ties");
            ties.addColumn(t -> getTranslation("tie." + t.type() + (t.outgoing() ? ".out" : ".in"))).setHeader(getTranslation("company.tie"));
            ties.addColumn(new ComponentRenderer<>(t -> new Anchor("companies/" + t.otherId(),
                    TranslationProvider.name(locale, t.otherName(), t.otherNameEn())))).setHeader(getTranslation("company.other"));
            ties.addColumn(t -> String.join(getTranslation("common.listSep"), t.products())).setHeader(getTranslation("company.products"));
            ties.addColumn(t -> t.confidence() == null ? "" : getTranslation("confidence." + t.confidence())).setHeader(getTranslation("company.confidence"));
            ties.addColumn(sourceRenderer(CompanyPortrait.Tie::source)).setHeader(getTranslation("company.source")).setFlexGrow(3);
            add(ties);
        }

        whatIf(c);
        add(new CompanyLeadsSection(pipeline, c.id()));
    }

    /** For a company not yet in the district: what landing here would do to each district chain it works in. */
    private void whatIf(CompanyPortrait c) {
        if (!c.parks().isEmpty()) {
            return;
        }
        java.util.Set<String> itsChains = new java.util.HashSet<>();
        c.segments().forEach(s -> itsChains.add(s.chainName()));
        List<cn.chainscout.explorer.ui.WhatIfLine> lines = explorer.chains().stream()
                .filter(ch -> itsChains.contains(ch.name()))
                .map(ch -> new cn.chainscout.explorer.ui.WhatIfLine(gaps.whatIf(c.id(), ch.id()))).toList();
        if (!lines.isEmpty()) {
            H2 heading = new H2(getTranslation("whatIf.title"));
            heading.setId("company-what-if");
            add(heading);
            lines.forEach(this::add);
        }
    }

    private void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private static <T> Grid<T> grid(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static <T> ComponentRenderer<Component, T> sourceRenderer(Function<T, String> source) {
        return new ComponentRenderer<>(item -> SourceText.of(source.apply(item)));
    }

    private static String join(String a, String b) {
        return a == null ? b : (b == null ? a : a + " · " + b);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.short");
    }
}
