package cn.chainscout.common.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Every text of the app in the user's language, from {@code i18n/messages*.properties} (UTF-8) through Spring's
 * {@link MessageSource}: Chinese first, English second. Free of Vaadin, so services, REST answers and views
 * share one source of words (the views reach it through {@link TranslationProvider}).
 */
@Component
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private final MessageSource source;

    public Messages() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false); // an English server still answers Chinese by default
        this.source = bundle;
    }

    /** The text of {@code key} in the supported language nearest to {@code locale}; {@code !key} when missing. */
    public String get(String key, Locale locale, Object... args) {
        try {
            return source.getMessage(key, args.length == 0 ? null : args, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key; // visible in the page and caught by the bundle test
        }
    }

    /** English when the user asked for English, Chinese otherwise. */
    public static Locale supported(Locale locale) {
        return isEnglish(locale) ? ENGLISH : CHINESE;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** A name in the user's language: the English name when the page is English and there is one. */
    public static String name(Locale locale, String chinese, String english) {
        return isEnglish(locale) && english != null && !english.isBlank() ? english : chinese;
    }
}
