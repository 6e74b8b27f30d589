package cn.chainscout.shell;

import cn.chainscout.database.DatabaseAvailability;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when it fails to open: "数据库暂时无法访问" when Neo4j cannot be reached (the page
 * works again by itself once it is back: the driver reconnects), otherwise a short apology; never a
 * stack trace. The cause goes to the log.
 */
@PermitAll
class ErrorView extends VerticalLayout implements HasErrorParameter<RuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuntimeException> parameter) {
        addClassName("cs-page");
        boolean unavailable = DatabaseAvailability.isUnavailable(parameter.getCaughtException());
        H2 title = new H2(getTranslation(unavailable ? "error.databaseUnavailable.title" : "error.failed.title"));
        title.setId(unavailable ? "database-unavailable" : "page-failed");
        Button retry = new Button(getTranslation("error.databaseUnavailable.retry"), e -> UI.getCurrent().getPage().reload());
        retry.setId("retry");
        add(title, new Paragraph(getTranslation(unavailable ? "error.databaseUnavailable.text" : "error.failed.text")), retry);
        if (unavailable) {
            log.warn("Page {} could not open: database unavailable ({})", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Page {} could not open", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
