package cn.chainscout.explorer.ui;

import java.util.List;
import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.gap.WhatIf;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.modulith.NamedInterface;

/**
 * The what-if as a sentence (the API's /api/leads/what-if, from the same GapService):
 * 「若该企业落地，智能终端本地配套完整度 10% → 13%，补上 盖板玻璃」.
 */
@NamedInterface("components") // embedded in other features' pages
public class WhatIfLine extends Paragraph {

    public WhatIfLine(WhatIf w) {
        addClassName("cs-what-if");
        Locale locale = getLocale();
        // a gap it would close or ease (缺链 → 弱链 counts: a newcomer's size is unknown, so it is not yet 已覆盖)
        List<String> filled = w.changes().stream().filter(c -> c.after().ordinal() > c.before().ordinal())
                .map(c -> TranslationProvider.name(locale, c.name(), c.nameEn())).toList();
        String chain = TranslationProvider.name(locale, w.chainName(), w.chainNameEn());
        long before = Math.round(w.completenessBefore() * 100);
        long after = Math.round(w.completenessAfter() * 100);
        String sep = TranslationProvider.isEnglish(locale) ? ", " : "、";
        setText(filled.isEmpty()
                ? getTranslation("whatIf.unchanged", chain, before, after)
                : getTranslation("whatIf.fills", chain, before, after, String.join(sep, filled)));
    }
}
