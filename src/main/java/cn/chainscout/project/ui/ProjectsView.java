package cn.chainscout.project.ui;

import jakarta.annotation.security.PermitAll;
import cn.chainscout.project.BandCount;
import cn.chainscout.project.Project;
import cn.chainscout.project.ProjectService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** 招商项目: every signed project with its stage and 亩均 result, and the counts against the plan's size bands. */
@PermitAll
@Route("projects")
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    ProjectsView(ProjectService projects) {
        addClassName("cs-page");
        add(new H1(getTranslation("project.title")));

        add(new H2(getTranslation("project.bands")));
        Div bands = new Div();
        bands.setId("project-bands");
        for (BandCount b : projects.bandCounts()) {
            String min = String.format("%.0f", b.minYi());
            bands.add(new Paragraph(b.target() == null ? getTranslation("project.bandNoTarget", min, b.count())
                    : getTranslation("project.band", min, b.count(), String.format("%.0f", b.target()))));
        }
        add(bands);

        var list = projects.projects();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("project.list.empty")));
            return;
        }
        Grid<Project> grid = new Grid<>();
        grid.setId("projects-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(p -> new Anchor("projects/" + p.id(), p.name()))).setHeader(getTranslation("pipeline.field.name")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(p -> new Anchor("companies/" + p.companyId(),
                cn.chainscout.common.i18n.TranslationProvider.name(getLocale(), p.companyName(), p.companyNameEn())))).setHeader(getTranslation("project.company")).setFlexGrow(2);
        grid.addColumn(p -> String.format("%,.2f", p.investmentYi())).setHeader(getTranslation("pipeline.field.investmentYi"));
        grid.addColumn(p -> String.format("%,.1f", p.landMu())).setHeader(getTranslation("pipeline.field.landMu"));
        grid.addColumn(p -> getTranslation("project.stage." + p.stage().name())).setHeader(getTranslation("project.stage"));
        grid.addColumn(Project::signedOn).setHeader(getTranslation("pipeline.field.signedOn"));
        grid.addColumn(p -> getTranslation(p.mu().passes() ? "project.mu.pass" : "project.mu.fail")).setHeader(getTranslation("project.mu.title"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.title") + " · " + getTranslation("app.short");
    }
}
