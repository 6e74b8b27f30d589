package cn.chainscout.common.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

    /**
     * The text of {@code key} in the supported language nearest to {@code locale}; {@code !key} when missing. An
     * argument made by {@link #word} is shown as its own message, a list of them joined by the language's separator.
     */
    public String get(String key, Locale locale, Object... args) {
        try {
            return source.getMessage(key, args.length == 0 ? null : words(args, supported(locale)), supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key; // visible in the page and caught by the bundle test
        }
    }

    /**
     * An argument a service cannot word itself, because the reader's language is not known there (a stage's
     * name in a refusal): the message of {@code key}, in whatever language the refusal is read.
     */
    public static MessageSourceResolvable word(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    /** Lists of {@link #word}s joined as the language joins them (、 or ", "); "—" for none. */
    private Object[] words(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof List<?> list && list.stream().allMatch(MessageSourceResolvable.class::isInstance)) {
                out[i] = list.isEmpty() ? "—" : list.stream().map(w -> source.getMessage((MessageSourceResolvable) w, locale))
                        .collect(java.util.stream.Collectors.joining(source.getMessage("common.listSep", null, locale)));
            }
        }
        return out;
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
