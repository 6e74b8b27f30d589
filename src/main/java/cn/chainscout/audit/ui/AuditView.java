package cn.chainscout.audit.ui;

import java.time.format.DateTimeFormatter;

import cn.chainscout.audit.AuditEntry;
import cn.chainscout.audit.AuditFilter;
import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 审计日志: who changed what and when, newest first, filtered by person, kind and dates. Read-only. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    AuditView(AuditTrail trail) {
        addClassName("cs-page");
        setSizeFull();
        TextField actor = new TextField(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setMaxLength(100);
        ComboBox<String> kind = new ComboBox<>(getTranslation("audit.kind"));
        kind.setId("audit-kind");
        kind.setItems(trail.kinds());
        kind.setItemLabelGenerator(k -> worded("audit.thing.", k));
        kind.setClearButtonVisible(true);
        DatePicker from = cn.chainscout.common.ui.Formats.isoDates(new DatePicker(getTranslation("audit.from")));
        from.setId("audit-from");
        DatePicker to = cn.chainscout.common.ui.Formats.isoDates(new DatePicker(getTranslation("audit.to")));
        to.setId("audit-to");
        Paragraph problem = new Paragraph();
        problem.setId("audit-problem");

        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> WHEN.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> worded("audit.do.", e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> worded("audit.thing.", e.entityKind()) + " " + e.entityId()).setHeader(getTranslation("audit.entity"));
        grid.addColumn(AuditEntry::before).setHeader(getTranslation("audit.before")).setFlexGrow(2);
        grid.addColumn(AuditEntry::after).setHeader(getTranslation("audit.after")).setFlexGrow(2);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("audit.empty"));

        Runnable refresh = () -> {
            if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
                problem.setText(getTranslation("audit.datesOrder"));
                grid.setItems();
                return;
            }
            problem.setText("");
            AuditFilter filter = new AuditFilter(actor.getValue(), kind.getValue(), null, from.getValue(), to.getValue());
            grid.setItems(q -> trail.search(filter, q.getOffset(), q.getLimit()).stream());
        };
        actor.addValueChangeListener(e -> refresh.run());
        kind.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        refresh.run();

        HorizontalLayout filters = new HorizontalLayout(actor, kind, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.intro")), filters, problem, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.short");
    }

    /** An action or kind in words (登录成功, not login.success); one the bundle does not know yet shows as stored. */
    private String worded(String prefix, String stored) {
        String text = getTranslation(prefix + stored);
        return text.startsWith("!") ? stored : text;
    }
}
