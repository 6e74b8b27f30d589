package cn.chainscout.security;

/**
 * A user change the rules refuse (bad user name, weak password, unknown user…): the key names the
 * message in the i18n files, the field the form field at fault. Nothing was written.
 */
public class AccountException extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] arguments;

    AccountException(String field, String key, Object... arguments) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
