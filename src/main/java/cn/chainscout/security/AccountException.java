package cn.chainscout.security;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemException;

/**
 * A user change the rules refuse (bad user name, weak password, unknown user…): the key names the
 * message in the i18n files, the field the form field at fault. Nothing was written.
 */
public class AccountException extends ProblemException {

    AccountException(String field, String key, Object... arguments) {
        super(Kind.INVALID, Problem.of(field, key, arguments));
    }

    public Object[] arguments() {
        return args();
    }
}
