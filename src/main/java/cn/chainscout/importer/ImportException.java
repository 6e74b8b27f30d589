package cn.chainscout.importer;

import java.util.Arrays;
import java.util.Locale;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemException;
import cn.chainscout.common.i18n.Messages;

/**
 * Bad input, said in the user's words: a message key under {@code import.error.} and its values
 * (file, row, column, the value at fault). Thrown before anything is written.
 */
public class ImportException extends ProblemException {

    private static final String PREFIX = "import.error.";
    private static final Messages TEXTS = new Messages();

    public ImportException(String key, Object... args) {
        // two imports creating the same new list-year at once: the later one is told to try again (409)
        super("listYearMeanwhile".equals(key) ? Kind.CONFLICT : Kind.INVALID, Problem.of("file", PREFIX + key, plain(args)));
    }

    // rows, ranks and years read as written ("1980", "第 1024 行"), not grouped as amounts
    private static Object[] plain(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Integer || a instanceof Long ? String.valueOf(a) : a).toArray();
    }

    /** Which problem, e.g. {@code duplicateRank}: stable for tests and the API. */
    @Override
    public String key() {
        return super.key().substring(PREFIX.length());
    }

    public String message(Locale locale) {
        return problems().getFirst().text(TEXTS, locale);
    }
}
