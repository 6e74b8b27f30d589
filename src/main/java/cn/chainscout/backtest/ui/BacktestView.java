package cn.chainscout.backtest.ui;

import java.util.List;

import cn.chainscout.backtest.BacktestException;
import cn.chainscout.backtest.BacktestRun;
import cn.chainscout.backtest.BacktestService;
import cn.chainscout.common.user.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * 回测: upload a CSV of real signings, choose a date (or one year before each signing) and see where
 * each signing stood in the lists. ANALYST and ADMIN start runs; a LEADER reads the saved ones.
 */
@PermitAll
@Route("backtest")
class BacktestView extends VerticalLayout implements HasDynamicTitle {

    private final BacktestService backtests;
    private final Div error = new Div();
    private final Grid<BacktestRun.Summary> summaries = new Grid<>();
    private final Grid<BacktestRun.Result> results = new Grid<>();
    private final Paragraph heading = new Paragraph();
    private final Select<String> saved = new Select<>();
    private byte[] file;
    private String fileName;

    BacktestView(BacktestService backtests, AuthenticationContext authentication) {
        this.backtests = backtests;
        addClassName("cs-page");
        setSizeFull();
        add(new H1(getTranslation("nav.backtest")));
        add(new Paragraph(getTranslation("backtest.intro")));
        if (authentication.hasAnyRole(Roles.ANALYST, Roles.ADMIN)) {
            DatePicker asOf = cn.chainscout.common.ui.Formats.isoDates(new DatePicker(getTranslation("backtest.asOf")));
            asOf.setId("backtest-as-of");
            asOf.setMax(java.time.LocalDate.now());
            asOf.setHelperText(getTranslation("backtest.asOf.help"));
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                file = bytes;
                fileName = meta.fileName();
            }))));
            upload.setAcceptedFileTypes(".csv", "text/csv");
            Button run = new Button(getTranslation("backtest.run"), e -> run(asOf.getValue()));
            run.setId("backtest-run");
            add(new HorizontalLayout(upload, asOf, run));
        }
        error.addClassName("cs-error");
        error.getStyle().set("white-space", "pre-line");
        saved.setLabel(getTranslation("backtest.saved"));
        List<BacktestRunLabel> runs = backtests.runs().stream().map(r -> new BacktestRunLabel(r.id(),
                r.name() + " · " + r.createdAt().substring(0, Math.min(16, r.createdAt().length())).replace('T', ' ') + " · " + r.createdBy())).toList();
        saved.setItems(runs.stream().map(BacktestRunLabel::id).toList());
        saved.setItemLabelGenerator(id -> runs.stream().filter(r -> r.id().equals(id)).map(BacktestRunLabel::label).findFirst().orElse(id));
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(backtests.run(e.getValue()));
            }
        });
        summaries.addColumn(s -> s.chainId()).setHeader(getTranslation("backtest.chain"));
        summaries.addColumn(s -> getTranslation(s.expansion() ? "backtest.expansion" : "backtest.new")).setHeader(getTranslation("backtest.kind"));
        summaries.addColumn(BacktestRun.Summary::signings).setHeader(getTranslation("backtest.signings"));
        summaries.addColumn(BacktestRun.Summary::known).setHeader(getTranslation("backtest.known"));
        summaries.addColumn(s -> getTranslation("backtest.hitShare", s.hit20(), Math.round(s.hit20Share() * 100)))
                .setHeader(getTranslation("backtest.hit", 20));
        summaries.addColumn(s -> getTranslation("backtest.hitShare", s.hit50(), Math.round(s.hit50Share() * 100)))
                .setHeader(getTranslation("backtest.hit", 50));
        summaries.setAllRowsVisible(true);
        results.addColumn(BacktestRun.Result::row).setHeader("#").setWidth("4em").setFlexGrow(0);
        results.addColumn(r -> r.company() + (r.known() ? "" : getTranslation("backtest.unknown"))).setHeader(getTranslation("company.name")).setFlexGrow(2);
        results.addColumn(BacktestRun.Result::date).setHeader(getTranslation("backtest.date"));
        results.addColumn(BacktestRun.Result::asOf).setHeader(getTranslation("backtest.asOf"));
        results.addColumn(r -> rank(r.chainRank())).setHeader(getTranslation("backtest.chainList"));
        results.addColumn(r -> rank(r.segmentRank())).setHeader(getTranslation("backtest.segmentList"));
        results.addColumn(r -> rank(r.businessRank())).setHeader(getTranslation("backtest.businessList"));
        results.addColumn(r -> rank(r.expansionRank())).setHeader(getTranslation("backtest.expansionList"));
        add(error, saved, heading, new H2(getTranslation("backtest.perChain")), summaries, results);
        expand(results);
    }

    private record BacktestRunLabel(String id, String label) {
    }

    private void run(java.time.LocalDate asOf) {
        error.setText("");
        if (file == null) {
            error.setText(getTranslation("backtest.noFile"));
            return;
        }
        try {
            show(backtests.run(fileName, file, asOf));
        } catch (BacktestException e) {
            error.setText(String.join("\n", e.lines()));
        }
    }

    private void show(BacktestRun run) {
        heading.setText(run.name() + " · " + getTranslation("backtest.asOf") + ": " + run.asOfRule()
                + (run.notes().isEmpty() ? "" : " · " + String.join(getTranslation("common.semicolon"), run.notes())));
        summaries.setItems(run.summaries());
        results.setItems(run.results());
    }

    private static String rank(Integer rank) {
        return rank == null ? "—" : String.valueOf(rank);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backtest") + " · " + getTranslation("app.short");
    }
}
