package cn.chainscout.dashboard.ui;

import cn.chainscout.common.ui.Formats;
import cn.chainscout.common.ui.Permissions;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.dashboard.Basis;
import cn.chainscout.dashboard.DashboardService;
import cn.chainscout.dashboard.Measure;
import cn.chainscout.dashboard.InvalidEntryException;
import cn.chainscout.dashboard.TargetCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * 目标看板: every target of the plan as a card with its figure, current value, progress bar and
 * trend, grouped as the plan groups them; hand-entered targets have a 填报 button.
 */
@PermitAll
@Route("dashboard")
@StyleSheet("context://frontend/leadership.css")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String MET = "#16a34a";
    private static final String ON_WAY = "#2563eb";

    private final DashboardService dashboard;
    private final Paragraph summary = new Paragraph();
    private final Div groups = new Div();

    DashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassNames("cs-page", "cs-dashboard");
        setSpacing(false);
        H1 title = new H1(getTranslation("nav.dashboard"));
        title.setId("dashboard-title");
        summary.setId("dashboard-summary");
        summary.addClassName("cs-lead");
        groups.setWidthFull();
        add(title, summary, groups);
        refresh();
    }

    private void refresh() {
        List<TargetCard> cards = dashboard.dashboard();
        long met = cards.stream().filter(TargetCard::met).count();
        long missing = cards.stream().filter(c -> c.value() == null).count();
        summary.setText(getTranslation("dashboard.summary", cards.size(), met, cards.size() - met - missing, missing));
        groups.removeAll();
        if (cards.isEmpty()) {
            groups.add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        Map<String, Div> byGroup = new LinkedHashMap<>();
        for (TargetCard card : cards) {
            byGroup.computeIfAbsent(card.group(), g -> {
                H2 heading = new H2(getTranslation("dashboard.group." + g));
                heading.addClassName("cs-target-group");
                Div grid = new Div();
                grid.addClassName("cs-target-cards");
                groups.add(heading, grid);
                return grid;
            }).add(card(card));
        }
    }

    private Div card(TargetCard t) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassName("cs-target");
        card.setId("target-" + t.id());
        card.getElement().setAttribute("data-met", String.valueOf(t.met()));

        Span name = new Span(TranslationProvider.name(locale, t.name(), t.nameEn()));
        name.addClassName("cs-target-name");
        name.getElement().setAttribute("title", name.getText()); // the whole name where the card cuts it

        String unit = Formats.unit(t.unit(), getLocale());
        Span value = new Span(t.value() == null ? getTranslation("dashboard.noValue") : EntryDialog.format(t.value()));
        value.setId("value-" + t.id());
        value.addClassName("cs-target-value");
        if (t.value() == null) {
            value.addClassName("cs-target-value-none");
        }
        Span figure = new Span(" / " + EntryDialog.format(t.figure()) + " " + unit + " · "
                + getTranslation("dashboard.deadline", t.deadline() == null ? "—" : String.valueOf(t.deadline())));
        figure.addClassName("cs-target-figure");
        Double progress = t.progress();
        Span percent = new Span(progress == null ? "" : Math.round(progress * 100) + "%");
        percent.addClassName("cs-target-percent");
        Div numbers = new Div(value, figure, percent);
        numbers.addClassName("cs-target-numbers");

        Div fill = new Div();
        fill.addClassName("cs-bar-fill");
        fill.getStyle().set("width", progress == null ? "0" : Math.round(progress * 1000) / 10.0 + "%")
                .set("background", t.met() ? MET : ON_WAY);
        Div bar = new Div(fill);
        bar.addClassName("cs-bar");
        bar.getElement().setAttribute("role", "progressbar");
        bar.getElement().setAttribute("aria-valuenow", progress == null ? "0" : String.valueOf(Math.round(progress * 100)));

        Span trendCaption = new Span(trendText(t));
        trendCaption.addClassName("cs-trend-caption");
        Div trend = new Div(Sparkline.of(t.trend(), t.met() ? MET : ON_WAY), trendCaption);
        trend.addClassName("cs-target-trend");

        Span from = new Span(origin(t));
        from.addClassName("cs-source");
        from.setId("source-" + t.id());
        from.getElement().setAttribute("title", from.getText());

        card.add(name, numbers, bar);
        if (!t.trend().isEmpty()) {
            card.add(trend);
        }
        card.add(from);
        if (t.acceptsEntry() && Permissions.mayWork()) { // a leader reads the figure, does not enter it
            Button enter = new Button(getTranslation("dashboard.enter"), e -> openEntry(t));
            enter.setId("enter-" + t.id());
            enter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            enter.addClassName("cs-target-enter");
            card.add(enter);
        }
        return card;
    }

    private String trendText(TargetCard t) {
        if (t.trend().isEmpty()) {
            return getTranslation("dashboard.trend.none");
        }
        String first = t.trend().getFirst().on().format(DATE);
        return t.trend().size() == 1 ? getTranslation("dashboard.trend.one", first)
                : getTranslation("dashboard.trend.many", t.trend().size(), first, t.trend().getLast().on().format(DATE));
    }

    private String origin(TargetCard t) {
        String basis = t.basis() == null ? "" : " " + basis(t.basis());
        return switch (t.origin()) {
            case MEASURED -> getTranslation("dashboard.origin.measured."
                    + (Measure.chainOutput(t.measure()).isPresent() ? "chain-output" : t.measure())) + basis;
            case MANUAL, NO_GRAPH_DATA -> basis.isEmpty() ? manual(t) : manual(t) + getTranslation("common.semicolon") + basis.strip();
        };
    }

    /** 据 3 家企业公开数字（2022–2024 年营收、产值）；9 家暂无数字，未计入. */
    private String basis(Basis b) {
        if (b.sized() == 0) {
            return getTranslation("dashboard.basis.none", b.firms());
        }
        String years = b.earliestYear() == null ? "—" : b.earliestYear().equals(b.latestYear())
                ? String.valueOf(b.latestYear()) : b.earliestYear() + "–" + b.latestYear();
        String kinds = b.kinds().stream().map(k -> getTranslation("dashboard.basis.kind." + k))
                .collect(java.util.stream.Collectors.joining(getTranslation("dashboard.basis.and")));
        return getTranslation("dashboard.basis", b.sized(), years, kinds, b.withoutFigure());
    }

    private String manual(TargetCard t) {
        return switch (t.origin()) {
            case MEASURED -> "";
            case MANUAL, NO_GRAPH_DATA -> {
                String prefix = t.origin() == TargetCard.Origin.NO_GRAPH_DATA ? getTranslation("dashboard.origin.noGraphData") + " " : "";
                yield t.value() == null ? prefix + getTranslation("dashboard.origin.manualEmpty")
                        : prefix + getTranslation("dashboard.origin.manual", t.source(), t.asOf().format(DATE),
                        t.enteredBy(), t.enteredAt() == null ? "" : t.enteredAt().format(TIME));
            }
        };
    }

    private void openEntry(TargetCard target) {
        EntryDialog[] dialog = new EntryDialog[1];
        dialog[0] = new EntryDialog(target, dashboard.today(), entry -> {
            try {
                dashboard.enter(target.id(), entry);
                dialog[0].close();
                Notification.show(getTranslation("dashboard.entry.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidEntryException e) {
                dialog[0].show(e.problems());
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.short");
    }
}
