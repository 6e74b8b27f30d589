package cn.chainscout.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.chainscout.common.i18n.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * The Jakarta constraints of a command record (what a form or a REST call asks for) as {@link Problem}s.
 * A constraint's {@code message} is an i18n key whose arguments are the field's name and the constraint's
 * limit ({@code max} or {@code value}), e.g. {@code @Size(max = 100, message = "project.error.tooLong")}.
 */
public final class Commands {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Messages TEXTS = new Messages();

    /** Refuses a command that breaks its record's constraints, naming every problem in the record's field order. */
    public static <T> T check(T command) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(command);
        if (!violations.isEmpty()) {
            List<String> order = command.getClass().isRecord()
                    ? Arrays.stream(command.getClass().getRecordComponents()).map(c -> c.getName()).toList() : List.of();
            throw new UserError(violations.stream()
                    .map(v -> problem(v.getPropertyPath().toString(), v))
                    .sorted(Comparator.comparingInt(p -> order.indexOf(p.field())))
                    .toList());
        }
        return command;
    }

    /** One violation of {@code field}; a constraint whose message is no key of ours is said as the validator says it. */
    public static Problem problem(String field, ConstraintViolation<?> v) {
        String key = v.getMessage();
        if (TEXTS.get(key, Messages.CHINESE).startsWith("!")) {
            return Problem.of(field, "problem.invalid", field, key);
        }
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object limit = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
        return limit == null ? Problem.of(field, key, field) : Problem.of(field, key, field, String.valueOf(limit));
    }

    private Commands() {
    }
}
