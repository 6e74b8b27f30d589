package cn.chainscout.pipeline.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import cn.chainscout.pipeline.LeadStage;
import cn.chainscout.pipeline.PipelineService;
import com.vaadin.flow.component.html.Span;

/** Small display helpers shared by the pipeline's views. */
final class Texts {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Board colours per stage: grey start, blue in progress, green signed and landed, red dropped. */
    static String colour(LeadStage stage) {
        return switch (stage) {
            case IDENTIFIED -> "#e8eaed";
            case CONTACTED, VISITING, NEGOTIATING -> "#d2e3fc";
            case SIGNED, LANDED -> "#ceead6";
            case DROPPED -> "#fad2cf";
        };
    }

    static Span badge(String text, LeadStage stage) {
        Span badge = new Span(text);
        badge.addClassName("cs-stage");
        badge.getElement().setAttribute("data-stage", stage.name());
        badge.getStyle().set("background", colour(stage)).set("padding", "0.1em 0.6em").set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-s)");
        return badge;
    }

    static String time(ZonedDateTime at) {
        return at == null ? "" : at.withZoneSameInstant(PipelineService.ZONE).format(MINUTE);
    }

    static String or(String s) {
        return s == null ? "" : s;
    }

    private Texts() {
    }
}
