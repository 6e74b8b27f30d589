package cn.chainscout.company.ui;

import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.company.CompanyHit;
import cn.chainscout.company.CompanyService;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** All companies, local firms first, lazily loaded; typing filters through the full-text search. */
@PermitAll
@Route("companies")
class CompaniesView extends VerticalLayout implements HasDynamicTitle {

    CompaniesView(CompanyService companies) {
        addClassName("cs-page");
        setSizeFull();
        Locale locale = getLocale();
        TextField filter = new TextField();
        filter.setId("companies-filter");
        filter.setPlaceholder(getTranslation("search.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24em");

        Grid<CompanyHit> grid = new Grid<>();
        grid.setId("companies-grid");
        grid.addColumn(new ComponentRenderer<>(c -> new Anchor("companies/" + c.id(),
                TranslationProvider.name(locale, c.name(), c.nameEn())))).setHeader(getTranslation("company.name")).setFlexGrow(3);
        grid.addColumn(CompanyHit::nameEn).setHeader(getTranslation("company.nameEn")).setFlexGrow(2);
        grid.addColumn(c -> c.country() == null ? "" : cn.chainscout.common.i18n.Places.name(locale, c.country())
                        + (c.province() == null ? "" : " · " + cn.chainscout.common.i18n.Places.name(locale, c.province())))
                .setHeader(getTranslation("company.hq"));
        grid.addColumn(c -> c.local() ? getTranslation("company.local") : "").setHeader(getTranslation("company.role"));
        grid.setSizeFull();
        Runnable refresh = () -> {
            String text = filter.getValue();
            if (text.isBlank()) {
                grid.setItems(q -> companies.list(q.getOffset(), q.getLimit()).stream(), q -> (int) companies.count());
            } else {
                grid.setItems(companies.search(text, CompanyService.MAX_SEARCH_RESULTS));
            }
        };
        filter.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H1(getTranslation("nav.companies")), filter, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.companies") + " · " + getTranslation("app.short");
    }
}
