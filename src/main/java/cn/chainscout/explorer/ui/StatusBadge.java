package cn.chainscout.explorer.ui;

import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.explorer.ExplorerService;
import cn.chainscout.gap.GapStatus;
import com.vaadin.flow.component.html.Span;

/** A gap status as a coloured tag, in the chain map's colours. */
final class StatusBadge {

    static Span of(GapStatus status, Locale locale) {
        Span badge = new Span(TranslationProvider.isEnglish(locale) ? status.en() : status.zh());
        badge.addClassName("cs-status");
        badge.getElement().setAttribute("data-status", status.name());
        badge.getStyle().set("background", ExplorerService.STATUS_COLOURS.get(status));
        return badge;
    }

    private StatusBadge() {
    }
}
