package cn.chainscout.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body of the 403 and 404 pages: a heading, what to do, a way home. */
final class ErrorPages {

    static void fill(VerticalLayout page, String kind, String path) {
        page.removeAll();
        page.addClassName("cs-page");
        H1 title = new H1(page.getTranslation("error." + kind + ".title"));
        title.setId("error-" + kind);
        page.add(title, new Paragraph(page.getTranslation("error." + kind + ".text", "/" + path)),
                new Anchor("", page.getTranslation("error.home")));
    }

    private ErrorPages() {
    }
}
