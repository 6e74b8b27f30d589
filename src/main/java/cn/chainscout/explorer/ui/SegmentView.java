package cn.chainscout.explorer.ui;

import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.explorer.ExplorerService;
import cn.chainscout.gap.FirmRef;
import cn.chainscout.common.ui.Permissions;
import cn.chainscout.gap.SegmentGap;
import cn.chainscout.lead.Lead;
import cn.chainscout.pipeline.LeadKind;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.pipeline.ui.ShortlistButton;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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

/** 环节详情: a segment's status and the numbers behind it, its local firms, and who could fill it. */
@PermitAll
@Route("segments/:id")
class SegmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExplorerService explorer;
    private final PipelineService pipeline;
    private String title = "";

    private final cn.chainscout.gap.GapService gaps;

    SegmentView(ExplorerService explorer, PipelineService pipeline, cn.chainscout.gap.GapService gaps) {
        this.gaps = gaps;
        this.explorer = explorer;
        this.pipeline = pipeline;
        addClassName("cs-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        explorer.segmentPage(id).ifPresentOrElse(this::show, () -> {
            title = getTranslation("segment.notFound", id);
            add(new H1(title));
        });
    }

    private void show(ExplorerService.SegmentPage page) {
        Locale locale = getLocale();
        SegmentGap s = page.gap();
        title = TranslationProvider.name(locale, s.name(), s.nameEn());
        H1 heading = new H1(title);
        heading.setId("segment-name");
        Anchor chain = new Anchor("chains/" + page.chainId(), TranslationProvider.name(locale, page.chainName(), page.chainNameEn())
                + " · " + getTranslation("stage." + s.stage()));
        add(heading, chain, StatusBadge.of(s.status(), locale));
        Paragraph reason = new Paragraph(TranslationProvider.isEnglish(locale) ? s.reasonEn() : s.reasonZh());
        reason.setId("segment-reason");
        add(reason);

        DescriptionList numbers = new DescriptionList();
        numbers.addClassName("cs-facts");
        numbers.setId("segment-numbers");
        fact(numbers, "segment.key", getTranslation(s.key() ? "segment.yes" : "segment.no"));
        fact(numbers, "segment.localFirms", s.localFirms().isEmpty() ? getTranslation("segment.none")
                : String.join(getTranslation("common.listSep"), s.localFirms().stream().map(f -> firm(f, locale)).toList()));
        fact(numbers, "segment.demand", s.downstreamDemand().isEmpty() ? getTranslation("segment.none")
                : String.join(getTranslation("common.listSep"), s.downstreamDemand().stream().map(d -> getTranslation("common.paren",
                firm(d.firm(), locale), TranslationProvider.name(locale, d.segmentName(), d.segmentNameEn()))).distinct().toList()));
        fact(numbers, "segment.severity", String.format("%.1f", s.severity()));
        fact(numbers, "segment.candidateCount", String.valueOf(s.candidateCount()));
        add(numbers);

        add(new H2(getTranslation("segment.candidatesTitle")));
        if (page.candidates().isEmpty()) {
            add(new Paragraph(getTranslation("segment.noCandidates")));
            return;
        }
        Grid<Lead> grid = new Grid<>();
        grid.setId("segment-candidates");
        grid.setItems(page.candidates());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> page.candidates().indexOf(l) + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(l -> new Anchor("companies/" + l.companyId(),
                TranslationProvider.name(locale, l.name(), l.nameEn())))).setHeader(getTranslation("company.name")).setFlexGrow(2);
        grid.addColumn(l -> String.format("%.1f", l.score())).setHeader(getTranslation("lead.score")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(l -> TranslationProvider.isEnglish(locale) ? l.whyEn() : l.whyZh()).setHeader(getTranslation("lead.why")).setFlexGrow(5);
        if (Permissions.mayWork()) { // a leader reads: no 加入备选
            java.util.Map<String, String> openLeads = pipeline.openLeadsByCompany();
            grid.addColumn(new ComponentRenderer<>(l -> new ShortlistButton(pipeline, l.companyId(), openLeads.get(l.companyId()), () -> new NewLead(LeadKind.CHAIN,
                    l.companyId(), s.segmentId(), null, page.chainId(), l.score(), l.whyZh())))).setWidth("9em").setFlexGrow(0).setKey("shortlist");
        }
        // a row opens its score parts and what landing would do to the chain (computed when opened)
        grid.setItemDetailsRenderer(new ComponentRenderer<>(l -> new com.vaadin.flow.component.html.Div(
                new WhatIfLine(gaps.whatIf(l.companyId(), page.chainId())),
                new Paragraph(String.join(TranslationProvider.isEnglish(getLocale()) ? " " : "",
                        l.parts().stream().filter(p -> p.points() != 0)
                                .map(p -> p.sentence(TranslationProvider.isEnglish(getLocale())))
                                .toList())))));
        add(grid);
    }

    private String firm(FirmRef f, Locale locale) {
        String name = TranslationProvider.name(locale, f.name(), f.nameEn());
        return f.tier() == null ? name : name + " · " + cn.chainscout.common.ui.Formats.tier(f.tier(), locale);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.short");
    }
}
