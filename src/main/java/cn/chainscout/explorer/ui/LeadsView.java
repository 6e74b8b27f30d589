package cn.chainscout.explorer.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import cn.chainscout.chain.ChainOverview;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.GraphView;
import cn.chainscout.common.ui.Permissions;
import cn.chainscout.explorer.ExplorerService;
import cn.chainscout.explorer.LeadExport;
import cn.chainscout.explorer.LeadQuery;
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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * 招商线索: chain-based and business-by-business leads in one grid, with filters; a row opens its
 * score parts and evidence picture; the current view exports to Excel and CSV.
 */
@PermitAll
@Route("leads")
class LeadsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> LISTS = List.of("FORTUNE_GLOBAL_500", "CHINA_TOP_500", "CHINA_PRIVATE_500");

    private final ExplorerService explorer;
    private final RadioButtonGroup<Lead.LeadKind> kind = new RadioButtonGroup<>();
    private final Select<ChainOverview> chain = new Select<>();
    private final Select<SegmentGap> segment = new Select<>();
    private final Select<String> list = new Select<>();
    private final Select<ChainOverview.LocalFirm> via = new Select<>();
    private final TextField region = new TextField();
    private final NumberField minScore = new NumberField();
    private final Grid<Lead> grid = new Grid<>();
    private final Span count = new Span();
    private List<Lead> shown = List.of();
    /** Company id → its open lead: such rows say 「在推进中」 and link to it instead of offering 加入备选. */
    private java.util.Map<String, String> openLeads = java.util.Map.of();
    private final PipelineService pipeline;

    LeadsView(ExplorerService explorer, PipelineService pipeline) {
        this.explorer = explorer;
        this.pipeline = pipeline;
        addClassName("cs-page");
        setSizeFull();
        Locale locale = getLocale();

        kind.setId("lead-kind");
        kind.setItems(Lead.LeadKind.CHAIN, Lead.LeadKind.BUSINESS, Lead.LeadKind.EXPANSION);
        kind.setItemLabelGenerator(k -> getTranslation("leads.kind." + k.name()));
        kind.setValue(Lead.LeadKind.CHAIN);

        chain.setId("lead-chain");
        chain.setLabel(getTranslation("company.chain"));
        chain.setEmptySelectionAllowed(true);
        chain.setEmptySelectionCaption(getTranslation("leads.allGaps"));
        List<ChainOverview> chains = explorer.chains();
        chain.setItems(chains);
        chain.setItemLabelGenerator(c -> c == null ? getTranslation("leads.allGaps") : TranslationProvider.name(locale, c.name(), c.nameEn()));

        segment.setId("lead-segment");
        segment.setLabel(getTranslation("company.segment"));
        segment.setEmptySelectionAllowed(true);
        segment.setEmptySelectionCaption(getTranslation("leads.allGapsOfChain"));
        segment.setItemLabelGenerator(g -> g == null ? getTranslation("leads.allGapsOfChain")
                : TranslationProvider.name(locale, g.name(), g.nameEn()) + " · " + getTranslation("status." + g.status().name()));
        segment.setEnabled(false);

        list.setId("lead-list");
        list.setLabel(getTranslation("company.list"));
        list.setEmptySelectionAllowed(true);
        list.setEmptySelectionCaption(getTranslation("leads.anyList"));
        list.setItems(LISTS);
        list.setItemLabelGenerator(l -> l == null ? getTranslation("leads.anyList") : getTranslation("list." + l));

        via.setId("lead-via");
        via.setLabel(getTranslation("leads.via"));
        via.setEmptySelectionAllowed(true);
        via.setEmptySelectionCaption(getTranslation("leads.allLeading"));
        via.setItems(ExplorerService.localFirms(chains));
        via.setItemLabelGenerator(f -> f == null ? getTranslation("leads.allLeading") : TranslationProvider.name(locale, f.name(), f.nameEn()));

        region.setId("lead-region");
        region.setLabel(getTranslation("leads.region"));
        region.setPlaceholder(getTranslation("leads.regionPlaceholder"));
        region.setValueChangeMode(ValueChangeMode.LAZY);
        region.setClearButtonVisible(true);

        minScore.setId("lead-min-score");
        minScore.setLabel(getTranslation("leads.minScore"));
        minScore.setMin(0);
        minScore.setClearButtonVisible(true);

        FlexLayout filters = new FlexLayout(kind, chain, segment, list, via, region, minScore);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("leads-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> shown.indexOf(l) + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        // a template renderer, not a component per row: the grid stays light with hundreds of rows
        // a company already on the pipeline stays in its place in the ranking, marked, with a link to its lead
        String working = getTranslation("leads.inPipeline");
        grid.addColumn(LitRenderer.<Lead>of("<a href=\"companies/${item.id}\">${item.name}</a>"
                        + "<a class=\"cs-in-pipeline\" ?hidden=${!item.lead} href=\"pipeline/${item.lead}\"> · ${item.working}</a>")
                .withProperty("id", Lead::companyId)
                .withProperty("name", l -> TranslationProvider.name(locale, l.name(), l.nameEn()))
                .withProperty("lead", l -> openLeads.getOrDefault(l.companyId(), ""))
                .withProperty("working", l -> working))
                .setHeader(getTranslation("company.name")).setFlexGrow(2);
        grid.addColumn(l -> String.format("%.1f", l.score())).setHeader(getTranslation("lead.score"))
                .setSortProperty(LeadSort.SCORE).setWidth("6em").setFlexGrow(0);
        grid.addColumn(l -> l.fills().stream().map(f -> TranslationProvider.name(locale, f.segmentName(), f.segmentNameEn())
                + "·" + getTranslation("status." + f.status().name())).distinct().limit(3)
                .collect(java.util.stream.Collectors.joining(getTranslation("common.listSep"))))
                .setHeader(getTranslation("leads.fills")).setFlexGrow(2);
        grid.addColumn(l -> l.via() == null ? "" : TranslationProvider.name(locale, l.via().name(), l.via().nameEn()))
                .setHeader(getTranslation("leads.via")).setFlexGrow(1);
        grid.addColumn(l -> l.bestRank() == null ? "" : getTranslation("list." + l.bestRank().list()) + " " + cn.chainscout.common.ui.Formats.rank(l.bestRank().rank(), locale))
                .setHeader(getTranslation("company.rank")).setSortProperty(LeadSort.RANK).setFlexGrow(1);
        grid.addColumn(l -> TranslationProvider.isEnglish(locale) ? l.whyEn() : l.whyZh()).setHeader(getTranslation("lead.why")).setFlexGrow(5);
        // one template button per row (not a component per row): the grid stays light
        String shortlist = getTranslation("pipeline.shortlist");
        if (Permissions.mayWork()) { // a leader reads: no 加入备选
            String already = getTranslation("pipeline.alreadyShortlisted") + " →";
            grid.addColumn(LitRenderer.<Lead>of("<vaadin-button theme=\"small\" class=\"cs-shortlist\" id=\"shortlist-${item.id}\""
                            + " ?hidden=${!!item.lead} @click=${shortlist}>${item.label}</vaadin-button>"
                            + "<a class=\"cs-shortlisted\" ?hidden=${!item.lead} href=\"pipeline/${item.lead}\">${item.already}</a>")
                    .withProperty("id", Lead::companyId).withProperty("label", l -> shortlist)
                    .withProperty("lead", l -> openLeads.getOrDefault(l.companyId(), ""))
                    .withProperty("already", l -> already)
                    .withFunction("shortlist", l -> ShortlistButton.addAndTell(pipeline, new NewLead(
                            // an added project of a group already present is followed like a business lead
                            l.kind() == Lead.LeadKind.EXPANSION ? LeadKind.BUSINESS : LeadKind.valueOf(l.kind().name()), l.companyId(), l.fills().isEmpty() || l.kind() != Lead.LeadKind.CHAIN ? null
                            : l.fills().getFirst().segmentId(), l.via() == null ? null : l.via().companyId(),
                            l.fills().isEmpty() ? null : l.fills().getFirst().chainId(), l.score(), l.whyZh()))
                            .ifPresent(done -> {
                                openLeads = pipeline.openLeadsByCompany();
                                grid.getDataProvider().refreshAll();
                            })))
                    .setWidth("9em").setFlexGrow(0).setKey("shortlist");
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setSizeFull();

        Anchor excel = new Anchor(DownloadHandler.fromInputStream(e -> download(LeadExport.xlsx(inViewOrder(), locale), "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), getTranslation("leads.exportExcel"));
        excel.setId("export-xlsx");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> download(LeadExport.csv(inViewOrder(), locale), "csv", "text/csv")),
                getTranslation("leads.exportCsv"));
        csv.setId("export-csv");
        count.setId("leads-count");
        FlexLayout actions = new FlexLayout(count, excel, csv);
        actions.getStyle().set("gap", "var(--lumo-space-l)");

        kind.addValueChangeListener(e -> refresh());
        chain.addValueChangeListener(e -> {
            // the segment choices are the chosen chain's gaps
            segment.setItems(e.getValue() == null ? List.of() : explorer.gapSegments(e.getValue().id()));
            refresh();
        });
        segment.addValueChangeListener(e -> refresh());
        list.addValueChangeListener(e -> refresh());
        via.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        minScore.addValueChangeListener(e -> refresh());

        add(new H1(getTranslation("nav.leads")), filters, actions, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        boolean business = kind.getValue() == Lead.LeadKind.BUSINESS;
        chain.setEnabled(!business);
        segment.setEnabled(!business && chain.getValue() != null);
        via.setEnabled(business);
        boolean oneChain = !business && chain.getValue() != null;
        openLeads = pipeline.openLeadsByCompany();
        shown = explorer.leads(new LeadQuery(kind.getValue(), oneChain ? chain.getValue().id() : null,
                oneChain && segment.getValue() != null ? segment.getValue().segmentId() : null, list.getValue(), !business || via.getValue() == null ? null : via.getValue().id(),
                region.getValue(), minScore.getValue()));
        // fetched page by page as the user scrolls, sorted by the column the user chose
        List<Lead> ranked = shown;
        grid.setItems(q -> LeadSort.sorted(ranked, q.getSortOrders()).stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> ranked.size());
        count.setText(getTranslation("leads.count", shown.size()));
    }

    /** The rows as the user sees them: the current filters and the column sort chosen. */
    private List<Lead> inViewOrder() {
        return LeadSort.sorted(shown, grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
    }

    private VerticalLayout details(Lead lead) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new Paragraph(explorer.scoreScale(TranslationProvider.isEnglish(getLocale()))));
        box.add(new Paragraph(String.join(TranslationProvider.isEnglish(getLocale()) ? " " : "", lead.parts().stream().filter(p -> p.points() != 0)
                .map(p -> p.sentence(TranslationProvider.isEnglish(getLocale())))
                .toList())));
        if (!lead.paths().isEmpty()) {
            // the evidence read as text first; the picture below is optional reading
            Div paths = new Div();
            paths.addClassName("cs-evidence-paths");
            explorer.evidenceLines(lead, getLocale()).forEach(line -> paths.add(new Paragraph(line)));
            box.add(paths);
            GraphView picture = new GraphView();
            picture.addClassName("cs-evidence-graph");
            picture.setWidthFull();
            picture.setHeight("260px");
            picture.setGraph(explorer.evidenceGraph(lead, getLocale()));
            box.add(picture);
        }
        return box;
    }

    private DownloadResponse download(byte[] bytes, String extension, String type) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("leads.exportFile") + "." + extension, type, bytes.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leads") + " · " + getTranslation("app.short");
    }
}
