package cn.chainscout.pipeline.ui;

import cn.chainscout.common.ui.Permissions;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.pipeline.Choice;
import cn.chainscout.pipeline.LeadCard;
import cn.chainscout.pipeline.LeadFilter;
import cn.chainscout.pipeline.LeadStage;
import cn.chainscout.pipeline.PipelineService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * 项目推进: the leads as a board (a column per stage) or a list, filtered by unit, owner, chain, stage
 * and overdue next step; the list exports to Excel for the monthly scheduling meeting (月调度).
 */
@PermitAll
@Route("pipeline")
class PipelineView extends VerticalLayout implements HasDynamicTitle {

    private final PipelineService pipeline;
    private final Select<String> unit = new Select<>();
    private final TextField owner = new TextField();
    private final Select<Choice> chain = new Select<>();
    private final Select<LeadStage> stage = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Tabs tabs = new Tabs();
    private final Tab boardTab = new Tab();
    private final Tab listTab = new Tab();
    private final Div content = new Div();
    private final Span count = new Span();
    private List<LeadCard> shown = List.of();

    PipelineView(PipelineService pipeline) {
        this.pipeline = pipeline;
        addClassName("cs-page");
        setSizeFull();
        Locale locale = getLocale();

        unit.setId("pipeline-unit");
        unit.setLabel(getTranslation("pipeline.filter.unit"));
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("pipeline.filter.any"));
        unit.setItems(pipeline.units().stream().map(Choice::name).toList());
        owner.setId("pipeline-owner");
        owner.setLabel(getTranslation("pipeline.filter.owner"));
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setClearButtonVisible(true);
        chain.setId("pipeline-chain");
        chain.setLabel(getTranslation("pipeline.filter.chain"));
        chain.setEmptySelectionAllowed(true);
        chain.setEmptySelectionCaption(getTranslation("pipeline.filter.any"));
        chain.setItems(pipeline.chains());
        chain.setItemLabelGenerator(c -> c == null ? getTranslation("pipeline.filter.any") : TranslationProvider.name(locale, c.name(), c.nameEn()));
        stage.setId("pipeline-stage");
        stage.setLabel(getTranslation("pipeline.filter.stage"));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("pipeline.filter.any"));
        stage.setItems(LeadStage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("pipeline.filter.any") : getTranslation("pipeline.stage." + s.name()));
        overdue.setId("pipeline-overdue");
        overdue.setLabel(getTranslation("pipeline.filter.overdue"));

        FlexLayout filters = new FlexLayout(unit, owner, chain, stage, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        Anchor excel = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = pipeline.exportXlsx(shown, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("pipeline.excel.file"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("pipeline.export"));
        excel.setId("pipeline-export");
        Button directed = new Button(getTranslation("pipeline.directed"), VaadinIcon.PLUS.create(),
                e -> new DirectedLeadDialog(pipeline).open());
        directed.setId("pipeline-directed");
        directed.setVisible(Permissions.mayWork());
        count.setId("pipeline-count");
        HorizontalLayout actions = new HorizontalLayout(count, excel, directed);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        boardTab.setLabel(getTranslation("pipeline.board"));
        boardTab.setId("pipeline-tab-board");
        listTab.setLabel(getTranslation("pipeline.list"));
        listTab.setId("pipeline-tab-list");
        tabs.add(boardTab, listTab);
        tabs.addSelectedChangeListener(e -> refresh());
        content.setWidthFull();
        content.getStyle().set("overflow", "auto").set("flex", "1");

        unit.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        chain.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());

        add(new H1(getTranslation("pipeline.title")), filters, actions, tabs, content);
        refresh();
    }

    private void refresh() {
        shown = pipeline.leads(new LeadFilter(unit.getValue(), owner.getValue(), chain.getValue() == null ? null : chain.getValue().id(),
                stage.getValue(), overdue.getValue()));
        count.setText(getTranslation("pipeline.count", shown.size()));
        content.removeAll();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("pipeline.empty"));
            empty.setId("pipeline-empty");
            content.add(empty);
        }
        content.add(tabs.getSelectedTab() == listTab ? list() : board());
    }

    private HorizontalLayout board() {
        HorizontalLayout board = new HorizontalLayout();
        board.setId("pipeline-board");
        board.setWidthFull();
        board.setSpacing(false);
        board.getStyle().set("align-items", "flex-start").set("gap", "var(--lumo-space-s)");
        List<LeadStage> columns = stage.getValue() == null ? Arrays.asList(LeadStage.values()) : List.of(stage.getValue());
        for (LeadStage s : columns) {
            VerticalLayout column = new VerticalLayout();
            column.setId("pipeline-column-" + s.name());
            column.setPadding(true);
            column.setSpacing(true);
            // seven columns share a laptop's width; narrower than 8em they scroll sideways
            column.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("flex", "1 1 0").set("min-width", "8em").set("padding", "var(--lumo-space-s)");
            List<LeadCard> inStage = shown.stream().filter(l -> l.stage() == s).toList();
            Span head = new Span(getTranslation("pipeline.stage." + s.name()) + " · " + inStage.size());
            head.getStyle().set("font-weight", "bold");
            column.add(head);
            if (inStage.isEmpty()) {
                Span none = new Span(getTranslation("pipeline.columnEmpty"));
                none.addClassName("text-secondary");
                column.add(none);
            }
            inStage.forEach(l -> column.add(card(l)));
            board.add(column);
        }
        return board;
    }

    private Div card(LeadCard l) {
        Anchor name = new Anchor("pipeline/" + l.id(), TranslationProvider.name(getLocale(), l.companyName(), l.companyNameEn()));
        name.getStyle().set("font-weight", "bold");
        Div card = new Div(name);
        card.addClassName("cs-lead-card");
        card.getElement().setAttribute("data-lead", l.id());
        card.getStyle().set("background", "var(--lumo-base-color)").set("border-left", "4px solid " + Texts.colour(l.stage()))
                .set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("width", "100%").set("box-sizing", "border-box");
        card.add(new Div(new Span(getTranslation("pipeline.kind." + l.kind().name())
                + (l.segmentName() == null ? "" : " · " + l.segmentName()))));
        card.add(new Div(new Span((l.owner() == null ? getTranslation("pipeline.unassigned") : l.owner())
                + (l.unit() == null ? "" : " · " + l.unit()))));
        if (l.nextStep() != null || l.nextStepDate() != null) {
            Div next = new Div(new Span(Texts.or(l.nextStep()) + (l.nextStepDate() == null ? "" : " " + l.nextStepDate())));
            if (l.overdue()) {
                Span late = new Span(" " + getTranslation("pipeline.overdue"));
                late.addClassName("cs-overdue");
                late.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
                next.add(late);
            }
            card.add(next);
        }
        return card;
    }

    private Grid<LeadCard> list() {
        Locale locale = getLocale();
        Grid<LeadCard> grid = new Grid<>();
        grid.setId("pipeline-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(shown);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(l -> new Anchor("pipeline/" + l.id(),
                TranslationProvider.name(locale, l.companyName(), l.companyNameEn())))).setHeader(getTranslation("pipeline.lead.target")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("pipeline.kind." + l.kind().name())).setHeader(getTranslation("pipeline.lead.kind"));
        grid.addColumn(l -> getTranslation("pipeline.stage." + l.stage().name())).setHeader(getTranslation("pipeline.lead.stage"))
                .setComparator(LeadCard::stage).setSortable(true);
        grid.addColumn(l -> l.chainName() == null ? "" : TranslationProvider.name(locale, l.chainName(), l.chainNameEn()))
                .setHeader(getTranslation("pipeline.lead.chain"));
        // two leads of one company differ by the gap they fill
        grid.addColumn(l -> l.segmentName() == null ? "" : TranslationProvider.name(locale, l.segmentName(), l.segmentNameEn()))
                .setHeader(getTranslation("pipeline.lead.segment")).setKey("segment");
        grid.addColumn(l -> Texts.or(l.unit())).setHeader(getTranslation("pipeline.field.unit")).setSortable(true).setComparator(l -> Texts.or(l.unit()));
        grid.addColumn(l -> Texts.or(l.owner())).setHeader(getTranslation("pipeline.field.owner")).setSortable(true).setComparator(l -> Texts.or(l.owner()));
        grid.addColumn(l -> Texts.or(l.nextStep()) + (l.nextStepDate() == null ? "" : " " + l.nextStepDate())
                + (l.overdue() ? " · " + getTranslation("pipeline.overdue") : "")).setHeader(getTranslation("pipeline.field.nextStep")).setFlexGrow(2);
        grid.addColumn(l -> Texts.time(l.updatedAt())).setHeader(getTranslation("pipeline.lead.updated"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("pipeline/" + e.getItem().id()));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.title") + " · " + getTranslation("app.short");
    }
}
