package cn.chainscout.common.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The views' door to {@link Messages}: Vaadin's {@link I18NProvider}, nothing more. The one class outside the
 * ui packages that knows Vaadin (kept here so the views that import it need not change).
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = Messages.CHINESE;
    public static final Locale ENGLISH = Messages.ENGLISH;

    private final Messages messages;

    @Autowired
    public TranslationProvider(Messages messages) {
        this.messages = messages;
    }

    /** For tests and code outside Spring. */
    public TranslationProvider() {
        this(new Messages());
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }

    public static boolean isEnglish(Locale locale) {
        return Messages.isEnglish(locale);
    }

    /** A name in the user's language: the English name when the page is English and there is one. */
    public static String name(Locale locale, String chinese, String english) {
        return Messages.name(locale, chinese, english);
    }
}
