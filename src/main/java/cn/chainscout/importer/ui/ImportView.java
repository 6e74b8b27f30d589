package cn.chainscout.importer.ui;

import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.importer.Analysis;
import cn.chainscout.importer.ColumnMapping;
import cn.chainscout.importer.CompanyMatcher;
import cn.chainscout.importer.Field;
import cn.chainscout.importer.ImportBatch;
import cn.chainscout.importer.ImportException;
import cn.chainscout.importer.ImportPlan;
import cn.chainscout.importer.ImportResult;
import cn.chainscout.importer.ImportService;
import cn.chainscout.importer.RankingList;
import cn.chainscout.importer.RevenueUnit;
import cn.chainscout.importer.SourceFile;
import cn.chainscout.importer.SourceTable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * 数据导入: upload → table and columns → matches → commit as one batch (in the background, with a
 * progress bar) → the batches list with rollback. All rules live in {@link ImportService}.
 */
@RolesAllowed(Roles.ADMIN)
@Route("import")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int PREVIEW_ROWS = 20;
    private static final int POLL_MS = 300;

    private final ImportService imports;
    /** Spring's executor: an import still running at shutdown is waited for (spring.task.execution.shutdown). */
    private final org.springframework.core.task.TaskExecutor background;
    private final Locale locale;
    private final List<SourceFile> files = new ArrayList<>();
    private final Map<Integer, String> decisions = new HashMap<>();

    private final ComboBox<RankingList> list = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Span fileNames = new Span();
    private final Div error = new Div();
    private final VerticalLayout step2 = new VerticalLayout();
    private final Select<Integer> table = new Select<>();
    private final Map<Field, Select<Integer>> columns = new HashMap<>();
    private final Select<RevenueUnit> unit = new Select<>();
    private final Span summary = new Span();
    private final Grid<ImportPlan.PlannedRow> preview = new Grid<>();
    private final Grid<ImportPlan.PlannedRow> matches = new Grid<>();
    private final Paragraph matchesHint = new Paragraph();
    private final Button commit = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div result = new Div();
    private final Grid<ImportBatch> batches = new Grid<>();
    private final Paragraph noBatches = new Paragraph();

    private Analysis analysis;
    private ImportPlan plan;

    ImportView(ImportService imports,
               @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") org.springframework.core.task.TaskExecutor background) {
        this.imports = imports;
        this.background = background;
        this.locale = getLocale();
        addClassName("cs-page");
        setWidthFull();

        list.setId("import-list");
        list.setLabel(getTranslation("import.list"));
        list.setItems(imports.lists());
        list.setItemLabelGenerator(l -> getTranslation("list." + l.list()).startsWith("!") ? l.name() : getTranslation("list." + l.list()));
        list.setWidth("18em");
        year.setId("import-year");
        year.setLabel(getTranslation("import.year"));
        year.setStepButtonsVisible(true);
        list.addValueChangeListener(e -> {
            if (analysis != null && step2.isVisible() && e.getValue() != null) {
                SourceTable chosen = analysis.tables().get(table.getValue());
                unit.setValue(ColumnMapping.propose(chosen.header(), rankingUnit()).revenueUnit());
                replan();
            }
        });
        year.addValueChangeListener(e -> {
            if (analysis != null && step2.isVisible()) {
                replan();
            }
        });

        long maxMb = imports.properties().maxFileSize().toMegabytes();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> received(meta.fileName(), bytes)))));
        upload.setId("import-upload");
        upload.setMaxFiles(20);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.properties().maxFileSize().toBytes()));
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.setDropLabel(new Span(getTranslation("import.uploadHint", maxMb)));
        // the browser refuses an oversized file before it is sent; say so in the page's words
        upload.addFileRejectedListener(e -> showError(getTranslation("import.rejected", e.getFileName(), maxMb)));
        upload.addFileRemovedListener(e -> {
            files.removeIf(f -> f.name().equals(e.getFileName()));
            fileNames.setText(getTranslation("import.files", String.join(getTranslation("common.listSep"), files.stream().map(SourceFile::name).toList())));
        });
        fileNames.setId("import-files");
        Button analyse = new Button(getTranslation("import.analyse"), e -> analyse());
        analyse.setId("import-analyse");
        analyse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
        result.setId("import-result");
        result.getStyle().set("color", "var(--lumo-success-text-color)");

        HorizontalLayout source = new HorizontalLayout(list, year);
        source.setAlignItems(FlexComponent.Alignment.BASELINE);

        buildStep2();
        buildBatches();
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), source, upload, fileNames,
                analyse, error, step2, result, new H2(getTranslation("import.batches")), noBatches, batches);
        refreshBatches();
    }

    private void received(String name, byte[] bytes) {
        files.removeIf(f -> f.name().equals(name));
        files.add(new SourceFile(name, bytes));
        fileNames.setText(getTranslation("import.files", String.join(getTranslation("common.listSep"), files.stream().map(SourceFile::name).toList())));
    }

    private void buildStep2() {
        step2.setPadding(false);
        step2.setVisible(false);
        table.setId("import-table");
        table.setLabel(getTranslation("import.table"));
        table.setWidth("40em");
        table.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                SourceTable chosen = analysis.tables().get(e.getValue());
                showMapping(chosen, ColumnMapping.propose(chosen.header(), rankingUnit()));
                replan();
            }
        });
        HorizontalLayout mapping = new HorizontalLayout();
        mapping.getStyle().set("flex-wrap", "wrap");
        for (Field field : Field.values()) {
            Select<Integer> column = new Select<>();
            column.setId("import-map-" + field.name());
            column.setLabel(getTranslation("import.field." + field.name()));
            column.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    replan();
                }
            });
            columns.put(field, column);
            mapping.add(column);
        }
        unit.setId("import-unit");
        unit.setLabel(getTranslation("import.unit"));
        unit.setItems(RevenueUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("import.unit." + u.name()));
        unit.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                replan();
            }
        });
        mapping.add(unit);

        summary.setId("import-summary");
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.setAllRowsVisible(true);
        preview.addColumn(r -> r.row().file() + " · " + r.row().line()).setHeader(getTranslation("import.col.file")).setFlexGrow(2);
        preview.addColumn(r -> r.row().rank() + (r.row().tied() ? " (=)" : "")).setHeader(getTranslation("import.col.rank"));
        preview.addColumn(r -> r.row().name()).setHeader(getTranslation("import.col.name")).setFlexGrow(3);
        preview.addColumn(r -> r.row().revenue() == null ? "—" : String.format(Locale.ROOT, "%,.1f", r.row().revenue()))
                .setHeader(getTranslation("import.col.revenue", "")).setKey("revenue");
        preview.addColumn(r -> r.row().region() == null ? "" : r.row().region()).setHeader(getTranslation("import.col.region"));
        preview.addColumn(this::matchText).setHeader(getTranslation("import.col.match")).setFlexGrow(3);

        matches.setId("import-matches");
        matches.addThemeVariants(GridVariant.LUMO_COMPACT);
        matches.setAllRowsVisible(true);
        matches.addColumn(r -> r.row().file() + " · " + r.row().line()).setHeader(getTranslation("import.col.file")).setFlexGrow(2);
        matches.addColumn(r -> r.row().rank()).setHeader(getTranslation("import.col.rank"));
        matches.addColumn(r -> r.row().name()).setHeader(getTranslation("import.col.name")).setFlexGrow(3);
        matches.addColumn(r -> getTranslation("import.how." + r.match().how())).setHeader(getTranslation("import.col.match")).setFlexGrow(2);
        matches.addColumn(new ComponentRenderer<>(this::decisionBox)).setHeader(getTranslation("import.decision")).setFlexGrow(4);
        matchesHint.setText(getTranslation("import.matchesHint"));
        Button acceptAll = new Button(getTranslation("import.acceptAll"), e -> {
            plan.uncertain().forEach(r -> decisions.put(r.index(), r.match().proposal().id()));
            matches.getDataProvider().refreshAll();
        });
        acceptAll.setId("import-accept-all");

        commit.setText(getTranslation("import.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.addClickListener(e -> commit());
        progress.setId("import-progress");
        progress.setVisible(false);
        progress.setWidth("24em");
        progressText.setId("import-progress-text");

        step2.add(table, new H3(getTranslation("import.mapping")), mapping, summary,
                new H3(getTranslation("import.preview", PREVIEW_ROWS)), preview,
                new H3(getTranslation("import.matches")), matchesHint, acceptAll, matches,
                new HorizontalLayout(commit, progress, progressText));
    }

    private String matchText(ImportPlan.PlannedRow r) {
        CompanyMatcher.Candidate c = r.match().proposal();
        String how = getTranslation("import.how." + r.match().how());
        return c == null ? how : getTranslation("common.paren", c.name(), how);
    }

    /** One option of a decision: a company, or null for a new company. */
    private record Choice(String id, String label) {
    }

    private ComboBox<Choice> decisionBox(ImportPlan.PlannedRow row) {
        List<Choice> choices = new ArrayList<>();
        row.match().candidates().forEach(c -> choices.add(new Choice(c.id(), c.name() + (c.nameEn() == null ? "" : " · " + c.nameEn()))));
        Choice create = new Choice(ImportService.NEW_COMPANY, getTranslation("import.newCompany"));
        choices.add(create);
        ComboBox<Choice> box = new ComboBox<>();
        box.addClassName("import-decision");
        box.setWidthFull();
        box.setItems(choices);
        box.setItemLabelGenerator(Choice::label);
        String decided = decisions.get(row.index());
        choices.stream().filter(c -> c.id().equals(decided)).findFirst().ifPresent(box::setValue);
        box.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                decisions.remove(row.index());
            } else {
                decisions.put(row.index(), e.getValue().id());
            }
        });
        return box;
    }

    private void analyse() {
        clearMessages();
        try {
            analysis = imports.analyse(List.copyOf(files));
            table.setItems(IntStream.range(0, analysis.tables().size()).filter(i ->
                    analysis.tables().get(i).file().equals(analysis.files().getFirst().name())).boxed().toList());
            table.setItemLabelGenerator(i -> {
                SourceTable t = analysis.tables().get(i);
                return getTranslation("import.tableLabel", t.file(), t.label(), String.join(" | ", t.header()), t.rows().size());
            });
            table.setValue(analysis.chosen());
            SourceTable chosen = analysis.tables().get(analysis.chosen());
            showMapping(chosen, ColumnMapping.propose(chosen.header(), rankingUnit()));
            step2.setVisible(true);
            replan();
        } catch (ImportException e) {
            step2.setVisible(false);
            showError(e.message(locale));
        }
    }

    private RevenueUnit rankingUnit() {
        return list.getValue() == null ? null : RevenueUnit.valueOf(list.getValue().revenueUnit());
    }

    private void showMapping(SourceTable chosen, ColumnMapping mapping) {
        List<Integer> indexes = new ArrayList<>(List.of(-1));
        IntStream.range(0, chosen.header().size()).forEach(indexes::add);
        for (Field field : Field.values()) {
            Select<Integer> column = columns.get(field);
            column.setItems(indexes);
            column.setItemLabelGenerator(i -> i < 0 ? getTranslation("import.noColumn") : chosen.header().get(i));
            column.setValue(mapping.column(field));
        }
        unit.setValue(mapping.revenueUnit());
    }

    private ColumnMapping mapping() {
        return new ColumnMapping(value(Field.RANK), value(Field.NAME), value(Field.NAME_EN), value(Field.REVENUE),
                unit.getValue(), value(Field.REGION), value(Field.INDUSTRY));
    }

    private int value(Field field) {
        Integer v = columns.get(field).getValue();
        return v == null ? -1 : v;
    }

    /** Reads and matches again after any change of list, year, table or columns. */
    private void replan() {
        clearMessages();
        plan = null;
        decisions.clear();
        commit.setEnabled(false);
        if (list.getValue() == null || year.getValue() == null) {
            showError(getTranslation("import.list") + " / " + getTranslation("import.year") + " ?");
            return;
        }
        try {
            plan = imports.plan(analysis, table.getValue(), mapping(), list.getValue().list(), year.getValue());
            plan.unmatched().forEach(r -> decisions.put(r.index(), ImportService.NEW_COMPANY));
            preview.getColumnByKey("revenue").setHeader(getTranslation("import.col.revenue",
                    getTranslation("import.unit." + list.getValue().revenueUnit())));
            preview.setItems(plan.rows().subList(0, Math.min(PREVIEW_ROWS, plan.rows().size())));
            long certain = plan.rows().stream().filter(r -> r.match().certain()).count();
            summary.setText(getTranslation("import.previewCount", plan.rows().size(), certain, plan.uncertain().size(),
                    plan.unmatched().size()));
            List<ImportPlan.PlannedRow> toDecide = new ArrayList<>(plan.uncertain());
            toDecide.addAll(plan.unmatched());
            matches.setItems(toDecide);
            matchesHint.setText(getTranslation(toDecide.isEmpty() ? "import.noMatches" : "import.matchesHint"));
            commit.setEnabled(true);
        } catch (ImportException e) {
            preview.setItems(List.of());
            matches.setItems(List.of());
            showError(e.message(locale));
        }
    }

    /** Writes in the background so the page stays responsive; the page polls for the progress bar. */
    private void commit() {
        clearMessages();
        UI ui = UI.getCurrent();
        ImportPlan committing = plan;
        Map<Integer, String> chosen = Map.copyOf(decisions);
        commit.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        ui.setPollInterval(POLL_MS);
        // the import runs as the signed-in user: the service checks the role and the batch names them
        background.execute(CurrentUser.carrying(() -> {
            try {
                ImportResult done = imports.commit(committing, chosen, (rows, total) -> ui.access(() -> {
                    progress.setIndeterminate(false);
                    progress.setValue(total == 0 ? 1 : (double) rows / total);
                    progressText.setText(getTranslation("import.committing", rows, total));
                }));
                ui.access(() -> {
                    finish(ui);
                    result.setText(done.batchId() == null
                            ? getTranslation("import.nothingNew", done.rows(), committing.rankingLabel())
                            : getTranslation("import.done", done.batchId(), done.ranked(), done.created(), done.aliases(), done.unchanged()));
                    step2.setVisible(false);
                    refreshBatches();
                });
            } catch (ImportException e) {
                ui.access(() -> {
                    finish(ui);
                    commit.setEnabled(true);
                    showError(e.message(locale));
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    finish(ui);
                    commit.setEnabled(true);
                    showError(String.valueOf(e.getMessage()));
                });
                throw e;
            }
        }));
    }

    private void finish(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        progressText.setText("");
    }

    private void buildBatches() {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        batches.setId("import-batches");
        batches.addThemeVariants(GridVariant.LUMO_COMPACT);
        batches.setAllRowsVisible(true);
        batches.addColumn(ImportBatch::id).setHeader(getTranslation("import.batch.id")).setFlexGrow(2);
        batches.addColumn(b -> getTranslation("list." + b.list())).setHeader(getTranslation("import.batch.list")).setFlexGrow(2);
        batches.addColumn(ImportBatch::year).setHeader(getTranslation("import.batch.year"));
        batches.addColumn(b -> String.join(getTranslation("common.listSep"), b.files())).setHeader(getTranslation("import.batch.files")).setFlexGrow(2);
        batches.addColumn(ImportBatch::who).setHeader(getTranslation("import.batch.who"));
        batches.addColumn(b -> b.at() == null ? "" : b.at().withZoneSameInstant(java.time.ZoneId.systemDefault()).format(when))
                .setHeader(getTranslation("import.batch.at")).setFlexGrow(2);
        batches.addColumn(ImportBatch::rows).setHeader(getTranslation("import.batch.rows"));
        batches.addColumn(b -> getTranslation("import.status." + b.status())).setHeader(getTranslation("import.batch.status"));
        batches.addColumn(new ComponentRenderer<>(b -> {
            Button rollback = new Button(getTranslation("import.rollback"), e -> confirmRollback(b));
            rollback.addClassName("import-rollback");
            rollback.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            rollback.setVisible(b.active());
            return rollback;
        }));
        noBatches.setText(getTranslation("import.noBatches"));
    }

    private void confirmRollback(ImportBatch batch) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("import-confirm");
        dialog.setHeader(getTranslation("import.rollback") + " " + batch.id());
        dialog.setText(getTranslation("import.rollbackConfirm", batch.id(), batch.ranked(), batch.created(), batch.aliases()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("import.cancel"));
        dialog.setConfirmText(getTranslation("import.rollback"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            clearMessages();
            try {
                imports.rollback(batch.id());
                result.setText(getTranslation("import.rollbackDone", batch.id()));
            } catch (ImportException ex) {
                showError(ex.message(locale));
            }
            refreshBatches();
        });
        dialog.open();
    }

    private void refreshBatches() {
        List<ImportBatch> all = imports.batches();
        batches.setItems(all);
        batches.setVisible(!all.isEmpty());
        noBatches.setVisible(all.isEmpty());
    }

    private void clearMessages() {
        error.setText("");
        result.setText("");
    }

    private void showError(String message) {
        error.setText(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.short");
    }
}
