package cn.chainscout.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page the user's role may not open, when Vaadin reports it as such: 403 in the user's language. */
@PermitAll
@ParentLayout(MainLayout.class)
class ForbiddenView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPages.fill(this, "forbidden", event.getLocation().getPath());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
