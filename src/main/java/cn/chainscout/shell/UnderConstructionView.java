package cn.chainscout.shell;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

/** Pages the navigation already names but that later work builds; says so plainly. */
@PermitAll
@Route("pipeline")
@RouteAlias("cluster-map")
@RouteAlias("dashboard")
@RouteAlias("import")
class UnderConstructionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final H2 heading = new H2();
    private String title = "";

    UnderConstructionView() {
        addClassName("cs-page");
        add(heading, new Paragraph(getTranslation("planned.text")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getFirstSegment();
        title = MainLayout.NAVIGATION.stream().filter(e -> e.path().equals(path)).findFirst()
                .map(e -> getTranslation(e.key())).orElse(path);
        heading.setText(title);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.short");
    }
}
