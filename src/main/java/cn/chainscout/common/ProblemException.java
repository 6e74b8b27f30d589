package cn.chainscout.common;

import java.util.List;
import java.util.stream.Collectors;

import cn.chainscout.common.i18n.Messages;

/**
 * The one refusal type: a request was refused for one or more {@link Problem}s and nothing was written.
 * The kind says how the REST layer answers (400, 404, 409); the feature exceptions extend it so their
 * callers keep their names.
 */
public class ProblemException extends RuntimeException {

    /** How bad: the HTTP status a REST client gets. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    // the log and tests read the Chinese text, the app's first language
    private static final Messages TEXTS = new Messages();

    private final Kind kind;
    private final transient List<Problem> problems;

    public ProblemException(Kind kind, List<Problem> problems) {
        super(problems.stream().map(p -> p.text(TEXTS, Messages.CHINESE)).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Kind kind, Problem problem) {
        this(kind, List.of(problem));
    }

    /** Bad input in one field (or the whole request when {@code field} is null). */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return new ProblemException(Kind.INVALID, Problem.of(field, messageKey, args));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's message key. */
    public String key() {
        return problems.getFirst().messageKey();
    }

    /** The first problem's arguments. */
    public Object[] args() {
        return problems.getFirst().args().toArray();
    }

    /** The first problem's field, null for the request as a whole. */
    public String field() {
        return problems.getFirst().field();
    }
}
