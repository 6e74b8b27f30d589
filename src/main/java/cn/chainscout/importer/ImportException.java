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
        super(TEXTS.getTranslation("import.error." + key, TranslationProvider.CHINESE, plain(args)));
        this.key = key;
        this.args = plain(args);
    }

    // rows, ranks and years read as written ("1980", "第 1024 行"), not grouped as amounts
    private static Object[] plain(Object[] args) {
        return java.util.Arrays.stream(args).map(a -> a instanceof Integer || a instanceof Long ? String.valueOf(a) : a)
                .toArray();
    }

    /** Which problem, e.g. {@code duplicateRank}: stable for tests and the API. */
    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return TEXTS.getTranslation("import.error." + key, locale, args);
    }
}
