package cn.chainscout.project.ui;

import java.util.stream.Collectors;

import cn.chainscout.project.MuCheck;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;

/** The 亩均 check as a person reads it: each measure's figure per mu, the bar, pass or fail, and the verdict. */
@NamedInterface("components") // embedded in other features' pages
public class MuCheckView extends Div {

    public MuCheckView() {
        setId("mu-check");
        addClassName("cs-mu-check");
    }

    public void show(MuCheck check) {
        removeAll();
        if (check == null) {
            add(new Paragraph(getTranslation("project.mu.incomplete")));
            return;
        }
        for (MuCheck.Measure m : check.measures()) {
            Span verdict = new Span(getTranslation(m.pass() ? "project.mu.pass" : "project.mu.fail"));
            verdict.getStyle().set("color", m.pass() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                    .set("font-weight", "bold");
            Div row = new Div(new Span(getTranslation("project.mu." + m.name()) + getTranslation("common.colon")),
                    new Span(getTranslation("project.mu.value", String.format("%,.1f", m.perMuWan()), String.format("%,.0f", m.thresholdWan())) + " "),
                    verdict);
            row.getElement().setAttribute("data-measure", m.name());
            row.getElement().setAttribute("data-pass", String.valueOf(m.pass()));
            add(row);
        }
        String failed = check.measures().stream().filter(m -> !m.pass()).map(m -> getTranslation("project.mu." + m.name()))
                .collect(Collectors.joining(getTranslation("common.listSep")));
        Paragraph summary = new Paragraph(check.passes() ? getTranslation("project.mu.allPass") : getTranslation("project.mu.someFail", failed));
        summary.setId("mu-verdict");
        summary.getStyle().set("font-weight", "bold");
        add(summary);
    }
}
