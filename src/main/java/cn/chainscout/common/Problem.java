package cn.chainscout.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import cn.chainscout.common.i18n.Messages;

/**
 * One thing wrong with a request: the field at fault (null for the request as a whole), a message key of
 * {@code i18n/messages*.properties} and its arguments. Views put it under the field, REST answers it in the
 * request's language.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, Arrays.asList(args));
    }

    public String text(Messages messages, Locale locale) {
        return messages.get(messageKey, locale, args.toArray());
    }
}
