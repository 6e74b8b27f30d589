package cn.chainscout.importer;

import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;

/**
 * Bad input, said in the user's words: a message key under {@code import.error.} and its values
 * (file, row, column, the value at fault). Thrown before anything is written.
 */
public class ImportException extends RuntimeException {

    private static final TranslationProvider TEXTS = new TranslationProvider();

    private final String key;
    private final transient Object[] args;

    public ImportException(String key, Object... args) {
        super(TEXTS.getTranslation("import.error." + key, TranslationProvider.CHINESE, args));
        this.key = key;
        this.args = args;
    }

    /** Which problem, e.g. {@code duplicateRank}: stable for tests and the API. */
    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return TEXTS.getTranslation("import.error." + key, locale, args);
    }
}
