package cn.chainscout.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that is no page (404), or a page the user's role may not open (403: Vaadin reports a
 * refused page as "not found" so as not to reveal it; the user is signed in, so we say what it is),
 * in the app's frame and the user's language, instead of "Could not navigate to 'users'".
 */
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        boolean aPage = RouteConfiguration.forApplicationScope().getRoute(path).isPresent();
        ErrorPages.fill(this, aPage ? "forbidden" : "notFound", path);
        return aPage ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
    }
}
