package cn.chainscout.pipeline.ui;

import jakarta.annotation.security.PermitAll;
import java.util.Locale;

import cn.chainscout.common.UserError;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.Formats;
import cn.chainscout.common.ui.Permissions;
import cn.chainscout.common.ui.UserErrorText;
import cn.chainscout.pipeline.Choice;
import cn.chainscout.pipeline.LeadCard;
import cn.chainscout.pipeline.LeadDetails;
import cn.chainscout.pipeline.LeadEdit;
import cn.chainscout.pipeline.LeadStage;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.pipeline.StageMoves;
import cn.chainscout.project.Project;
import cn.chainscout.project.ProjectService;
import cn.chainscout.project.ui.MuCheckView;
import cn.chainscout.project.ui.ProjectForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * A lead's page (/pipeline/{leadId}): what it is and why, the follow-up form, the allowed stage moves
 * (已放弃 asks for a reason, 已签约 for the project's figures), its project and its history. A save on a
 * version someone else changed meanwhile is refused with a message, and the user's input stays.
 */
@PermitAll
@Route("pipeline/:id")
class LeadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PipelineService pipeline;
    private final ProjectService projects;
    private final Paragraph error = new Paragraph();
    private String title = "";
    private String leadId;
    private long version;

    LeadView(PipelineService pipeline, ProjectService projects) {
        this.pipeline = pipeline;
        this.projects = projects;
        addClassName("cs-page");
        error.setId("lead-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leadId = event.getRouteParameters().get("id").orElse("");
        load();
    }

    private void load() {
        load(null);
    }

    /** Shows the lead as stored now; {@code kept} (the user's unsaved form input) refills the form. */
    private void load(LeadEdit kept) {
        removeAll();
        error.setText("");
        pipeline.lead(leadId).ifPresentOrElse(details -> show(details, kept), () -> {
            title = getTranslation("pipeline.lead.notFound", leadId);
            add(new Anchor("pipeline", getTranslation("pipeline.lead.back")), new H1(title));
        });
    }

    private void show(LeadDetails details, LeadEdit kept) {
        Locale locale = getLocale();
        LeadCard l = details.lead();
        version = l.version();
        title = TranslationProvider.name(locale, l.companyName(), l.companyNameEn());
        H1 heading = new H1(new Anchor("companies/" + l.companyId(), title));
        heading.setId("lead-title");
        Span stage = Texts.badge(getTranslation("pipeline.stage." + l.stage().name()), l.stage());
        stage.setId("lead-stage");
        add(new Anchor("pipeline", getTranslation("pipeline.lead.back")), heading, stage);

        DescriptionList facts = new DescriptionList();
        facts.addClassName("cs-facts");
        facts.setId("lead-facts");
        fact(facts, "pipeline.lead.kind", text(getTranslation("pipeline.kind." + l.kind().name())));
        if (l.chainName() != null) {
            fact(facts, "pipeline.lead.chain", new Anchor("chains/" + l.chainId(), TranslationProvider.name(locale, l.chainName(), l.chainNameEn())));
        }
        if (l.segmentName() != null) {
            fact(facts, "pipeline.lead.segment", new Anchor("segments/" + l.segmentId(), TranslationProvider.name(locale, l.segmentName(), l.segmentNameEn())));
        }
        if (l.viaName() != null) {
            fact(facts, "pipeline.lead.via", new Anchor("companies/" + l.viaId(), TranslationProvider.name(locale, l.viaName(), l.viaNameEn())));
        }
        if (l.score() != null) {
            fact(facts, "pipeline.lead.score", text(String.format("%.1f", l.score())));
        }
        fact(facts, "pipeline.lead.reason", text(Texts.or(l.reason())));
        if (l.dropReason() != null && l.stage() == LeadStage.DROPPED) {
            fact(facts, "pipeline.lead.dropReason", text(l.dropReason()));
        }
        fact(facts, "pipeline.lead.created", text(Texts.time(l.createdAt()) + " · " + Texts.or(l.createdBy())));
        fact(facts, "pipeline.lead.updated", text(Texts.time(l.updatedAt()) + " · " + Texts.or(l.updatedBy())));
        add(facts, error);

        if (details.project() != null) {
            add(projectSection(details.project()));
        }
        boolean mayWork = Permissions.mayWork();
        if (mayWork) {
            add(new H2(getTranslation("pipeline.lead.moves")), moves(l));
        }
        // a leader reads the follow-up as text: no field to type into, no 保存 that would be refused
        add(new H2(getTranslation("pipeline.lead.form")), mayWork ? form(l, kept) : followUp(l));
        add(new H2(getTranslation("pipeline.lead.history")));
        HistoryGrid history = new HistoryGrid(details.history());
        history.setId("lead-history");
        add(history);
    }

    private Component projectSection(Project p) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("lead-project");
        Anchor link = new Anchor("projects/" + p.id(), p.name() + " · " + getTranslation("project.stage." + p.stage().name()) + " →");
        link.setId("lead-project-link");
        MuCheckView mu = new MuCheckView();
        mu.show(p.mu());
        box.add(new H2(getTranslation("pipeline.lead.project")), link,
                new Paragraph(getTranslation("pipeline.field.investmentYi") + " " + String.format("%,.2f", p.investmentYi()) + " · "
                        + getTranslation("pipeline.field.landMu") + " " + String.format("%,.1f", p.landMu()) + " · "
                        + getTranslation("pipeline.field.signedOn") + " " + p.signedOn()), mu);
        return box;
    }

    private Component moves(LeadCard l) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        row.setId("lead-moves");
        if (StageMoves.from(l.stage()).isEmpty()) {
            row.add(new Span(getTranslation("pipeline.lead.noMoves")));
        }
        for (StageMoves.Move m : StageMoves.from(l.stage())) {
            switch (m.how()) {
                case BY_HAND -> {
                    Button b = new Button(getTranslation("pipeline.lead.moveTo", getTranslation("pipeline.stage." + m.to().name())));
                    b.setId("move-" + m.to().name());
                    if (m.to() == LeadStage.DROPPED) {
                        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
                        b.addClickListener(e -> dropDialog().open());
                    } else {
                        b.addThemeVariants(m.to().ordinal() > l.stage().ordinal() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                        b.addClickListener(e -> move(m.to(), null, null));
                    }
                    row.add(b);
                }
                case SIGNING_FORM -> {
                    Button b = new Button(getTranslation("pipeline.lead.sign"));
                    b.setId("move-SIGNED");
                    b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                    b.addClickListener(e -> signDialog(l).open());
                    row.add(b);
                }
                case PROJECT_PRODUCING -> row.add(new Span(getTranslation("pipeline.lead.landHint")));
            }
        }
        return row;
    }

    /** A move; on refusal the message shows and, for a dialog, the dialog stays open with its input. */
    private void move(LeadStage to, String reason, Dialog dialog) {
        try {
            pipeline.move(leadId, version, to, reason);
            if (dialog != null) {
                dialog.close();
            }
            Notification.show(getTranslation("pipeline.lead.moved", getTranslation("pipeline.stage." + to.name())), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (UserError failure) {
            refused(failure, dialogError(dialog));
        }
    }

    private Dialog dropDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pipeline.drop.title"));
        TextArea reason = new TextArea(getTranslation("pipeline.drop.reason"));
        reason.setId("drop-reason");
        reason.setWidth("28em");
        reason.setMaxLength(PipelineService.MAX_REASON);
        dialog.add(reason);
        Button confirm = new Button(getTranslation("pipeline.drop.confirm"), e -> move(LeadStage.DROPPED, reason.getValue(), dialog));
        confirm.setId("drop-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("pipeline.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }

    private Dialog signDialog(LeadCard l) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("project.sign.title"));
        ProjectForm form = new ProjectForm(getTranslation("project.defaultName",
                TranslationProvider.name(getLocale(), l.companyName(), l.companyNameEn())), projects::check);
        form.setWidth("40em");
        dialog.add(form);
        Button confirm = new Button(getTranslation("project.sign.confirm"), e -> {
            try {
                pipeline.sign(leadId, version, form.figures());
                dialog.close();
                Notification.show(getTranslation("pipeline.lead.moved", getTranslation("pipeline.stage.SIGNED")), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                load();
            } catch (UserError failure) {
                form.show(failure);
                refused(failure, dialogError(dialog));
            }
        });
        confirm.setId("sign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("pipeline.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }

    /** Shows a refusal above the form, and in the open dialog if there is one (else as a notification too). */
    private void refused(UserError failure, Paragraph inDialog) {
        String message = UserErrorText.of(failure, this);
        error.setText(message);
        if (inDialog != null) {
            inDialog.setText(message);
        } else {
            error.scrollIntoView();
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The dialog's one error line, created on first use. */
    private static Paragraph dialogError(Dialog dialog) {
        if (dialog == null) {
            return null;
        }
        return dialog.getChildren().filter(c -> c instanceof Paragraph p && p.hasClassName("cs-dialog-error"))
                .map(Paragraph.class::cast).findFirst().orElseGet(() -> {
                    Paragraph p = new Paragraph();
                    p.addClassName("cs-dialog-error");
                    p.getStyle().set("color", "var(--lumo-error-text-color)");
                    dialog.add(p);
                    return p;
                });
    }

    private Component form(LeadCard l, LeadEdit kept) {
        LeadEdit shown = kept != null ? kept : new LeadEdit(l.owner(), l.unit(), l.nextStep(), l.nextStepDate(), l.notes());
        TextField owner = new TextField(getTranslation("pipeline.field.owner"));
        owner.setId("lead-owner");
        owner.setValue(Texts.or(shown.owner()));
        owner.setMaxLength(PipelineService.MAX_SHORT);
        Select<String> unit = new Select<>();
        unit.setId("lead-unit");
        unit.setLabel(getTranslation("pipeline.field.unit"));
        unit.setEmptySelectionAllowed(true);
        unit.setItems(pipeline.units().stream().map(Choice::name).toList());
        unit.setValue(shown.unit());
        TextField nextStep = new TextField(getTranslation("pipeline.field.nextStep"));
        nextStep.setId("lead-next-step");
        nextStep.setValue(Texts.or(shown.nextStep()));
        nextStep.setMaxLength(PipelineService.MAX_NEXT_STEP);
        DatePicker nextDate = Formats.isoDates(new DatePicker(getTranslation("pipeline.field.nextStepDate")));
        nextDate.setId("lead-next-date");
        nextDate.setValue(shown.nextStepDate());
        TextArea notes = new TextArea(getTranslation("pipeline.field.notes"));
        notes.setId("lead-notes");
        notes.setValue(Texts.or(shown.notes()));
        notes.setMaxLength(PipelineService.MAX_NOTES);
        FormLayout form = new FormLayout(owner, unit, nextStep, nextDate);
        form.add(notes, 2);
        form.setId("lead-form");
        LeadEdit[] unsaved = new LeadEdit[1];
        Button reloadKeeping = new Button(getTranslation("pipeline.lead.reloadKeeping"), r -> load(unsaved[0]));
        reloadKeeping.setId("lead-reload-keep");
        reloadKeeping.setVisible(false);
        Button save = new Button(getTranslation("pipeline.save"), e -> {
            LeadEdit typed = new LeadEdit(owner.getValue(), unit.getValue(), nextStep.getValue(), nextDate.getValue(), notes.getValue());
            try {
                pipeline.update(leadId, version, typed);
                Notification.show(getTranslation("pipeline.lead.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                load();
            } catch (UserError failure) {
                // the fields keep what the user typed; only the message is new
                refused(failure, null);
                if ("pipeline.error.stale".equals(failure.key())) {
                    // the other person's change is shown, the typed input stays in the form, ready to save over it
                    unsaved[0] = typed;
                    reloadKeeping.setVisible(true);
                }
            }
        });
        save.setId("lead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(form, save, reloadKeeping);
    }

    /** The follow-up as facts, for a role that may read it but not change it. */
    private Component followUp(LeadCard l) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("cs-facts");
        facts.setId("lead-follow-up");
        fact(facts, "pipeline.field.owner", text(Texts.or(l.owner())));
        fact(facts, "pipeline.field.unit", text(Texts.or(l.unit())));
        fact(facts, "pipeline.field.nextStep", text(Texts.or(l.nextStep())));
        fact(facts, "pipeline.field.nextStepDate", text(Formats.date(l.nextStepDate())));
        fact(facts, "pipeline.field.notes", text(Texts.or(l.notes())));
        return facts;
    }

    private static Span text(String s) {
        return new Span(s);
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.short");
    }
}
