package cn.chainscout.common;

import java.util.Arrays;

/**
 * A refusal a user must read: bad input or a move that is not allowed. Carries a message key and its
 * arguments, so a view shows it in the user's language; the graph is left unchanged.
 */
public class UserError extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public UserError(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
