package cn.chainscout.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Text;

/**
 * A fact's source as a person reads it: several sources are separated by "; ", and each page
 * address among them becomes a link that opens in a new tab.
 */
public final class SourceText {

    public static Span of(String source) {
        Span span = new Span();
        span.addClassName("cs-source");
        if (source == null || source.isBlank()) {
            return span;
        }
        String[] parts = source.split(";\\s*");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                span.add(new Text("; "));
            }
            String part = parts[i].strip();
            if (part.startsWith("http://") || part.startsWith("https://")) {
                Anchor link = new Anchor(part, part);
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                span.add(link);
            } else {
                span.add(new Text(part));
            }
        }
        return span;
    }

    private SourceText() {
    }
}
