package cn.chainscout.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** Chinese first, English second; texts live in {@code i18n/messages*.properties} (UTF-8). */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = isEnglish(locale) ? ENGLISH : CHINESE;
        try {
            String text = ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, wanted).format(params);
        } catch (MissingResourceException e) {
            return "!" + key; // visible in the page and caught by the bundle test
        }
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** A name in the user's language: the English name when the page is English and there is one. */
    public static String name(Locale locale, String chinese, String english) {
        return isEnglish(locale) && english != null && !english.isBlank() ? english : chinese;
    }
}
