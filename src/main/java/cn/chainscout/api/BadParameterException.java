package cn.chainscout.api;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemException;

/** A request parameter that is missing or has a value the API does not accept: 400 naming the parameter. */
class BadParameterException extends ProblemException {

    /** {@code key} under {@code api.error.}; the parameter's name is the message's first argument. */
    BadParameterException(String parameter, String key, Object... more) {
        super(Kind.INVALID, Problem.of(parameter, "api.error." + key, arguments(parameter, more)));
    }

    private static Object[] arguments(String parameter, Object[] more) {
        Object[] args = new Object[more.length + 1];
        args[0] = parameter;
        System.arraycopy(more, 0, args, 1, more.length);
        return args;
    }
}
