package cn.chainscout.project.ui;

import cn.chainscout.common.ui.Permissions;
import jakarta.annotation.security.PermitAll;
import cn.chainscout.common.UserError;
import cn.chainscout.common.ui.UserErrorText;
import cn.chainscout.project.Project;
import cn.chainscout.project.ProjectService;
import cn.chainscout.project.ProjectStage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** A project's page: its figures, the 亩均 check, 签约 → 开工 → 投产 with dates, and its lead. */
@PermitAll
@Route("projects/:id")
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private String title = "";

    ProjectView(ProjectService projects) {
        this.projects = projects;
        addClassName("cs-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        projects.project(id).ifPresentOrElse(this::show, () -> {
            title = getTranslation("project.notFound", id);
            add(new H1(title));
        });
    }

    private void show(Project p) {
        title = p.name();
        H1 heading = new H1(p.name());
        heading.setId("project-title");
        add(new Anchor("projects", "← " + getTranslation("project.title")), heading);

        add(new H2(getTranslation("project.mu.title")));
        MuCheckView mu = new MuCheckView();
        mu.show(p.mu());
        add(mu);

        DescriptionList facts = new DescriptionList();
        facts.addClassName("cs-facts");
        facts.setId("project-facts");
        fact(facts, "project.company", new Anchor("companies/" + p.companyId(),
                cn.chainscout.common.i18n.TranslationProvider.name(getLocale(), p.companyName(), p.companyNameEn())));
        fact(facts, "project.lead", new Anchor("pipeline/" + p.leadId(), getTranslation("pipeline.open") + " →"));
        fact(facts, "project.stage", text(getTranslation("project.stage." + p.stage().name())));
        fact(facts, "pipeline.field.investmentYi", text(String.format("%,.2f", p.investmentYi())));
        fact(facts, "pipeline.field.landMu", text(String.format("%,.1f", p.landMu())));
        fact(facts, "pipeline.field.annualOutputYi", text(String.format("%,.2f", p.annualOutputYi())));
        fact(facts, "pipeline.field.annualTaxWan", text(String.format("%,.0f", p.annualTaxWan())));
        fact(facts, "pipeline.field.signedOn", text(String.valueOf(p.signedOn())));
        fact(facts, "pipeline.field.startedOn", text(p.startedOn() == null ? "—" : p.startedOn().toString()));
        fact(facts, "pipeline.field.producingOn", text(p.producingOn() == null ? "—" : p.producingOn().toString()));
        add(new H2(getTranslation("project.facts")), facts);

        ProjectStage next = p.stage().next();
        if (next != null && Permissions.mayWork()) {
            DatePicker on = cn.chainscout.common.ui.Formats.isoDates(new DatePicker(getTranslation("project.advance.date")));
            on.setId("project-advance-date");
            // most moves are recorded on the day: today (China) unless the user picks the real day
            on.setValue(java.time.LocalDate.now(ProjectService.ZONE));
            Paragraph error = new Paragraph();
            error.setId("project-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            Button advance = new Button(getTranslation("project.advance", getTranslation("project.stage." + next.name())));
            advance.setId("project-advance");
            advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            advance.addClickListener(e -> {
                try {
                    projects.advance(p.id(), p.version(), next, on.getValue());
                    Notification.show(getTranslation("project.saved"));
                    UI.getCurrent().getPage().reload();
                } catch (UserError failure) {
                    error.setText(UserErrorText.of(failure, this));
                }
            });
            HorizontalLayout row = new HorizontalLayout(on, advance);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(new H2(getTranslation("project.stage")), row, error);
        }
    }

    private static Span text(String s) {
        return new Span(s);
    }

    private void fact(DescriptionList list, String key, com.vaadin.flow.component.Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.short");
    }
}
