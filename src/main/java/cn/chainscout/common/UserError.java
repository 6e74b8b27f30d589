package cn.chainscout.common;

/**
 * A refusal a user must read: bad input or a move that is not allowed. Carries a message key and its
 * arguments, so a view shows it in the user's language; the graph is left unchanged.
 */
public class UserError extends ProblemException {

    /** A move that is not allowed (no one field at fault). */
    public UserError(String key, Object... args) {
        super(Kind.INVALID, Problem.of(null, key, args));
    }

    private UserError(Problem problem) {
        super(Kind.INVALID, problem);
    }

    /** Every problem of a command (see {@link Commands}). */
    public UserError(java.util.List<Problem> problems) {
        super(Kind.INVALID, problems);
    }

    /** Bad input in {@code field}: a form shows the message under that field. */
    public static UserError inField(String field, String key, Object... args) {
        return new UserError(Problem.of(field, key, args));
    }
}
