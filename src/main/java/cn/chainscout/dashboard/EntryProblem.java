package cn.chainscout.dashboard;

import java.util.List;

/**
 * What is wrong with a manual entry: the field (value, asOf, source or target) and a message key
 * of the i18n bundle with its arguments, so the form can put the message under that field.
 */
public record EntryProblem(String field, String messageKey, List<Object> arguments) {
}
