package cn.chainscout.common.config;

import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;

/**
 * An impossible setting (a negative weight, an unknown zone) stops the start with one line naming it,
 * e.g. {@code chainscout.scoring.gap-weight = -1: must be greater than or equal to 0}, instead of Spring's
 * page about the bound class.
 */
class SettingFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        String setting = cause.getName().toString();
        String line;
        if (cause.getCause() instanceof BindValidationException invalid) {
            line = invalid.getValidationErrors().getAllErrors().stream()
                    .map(error -> error instanceof FieldError field
                            ? setting + "." + kebab(field.getField()) + " = " + field.getRejectedValue() + ": " + error.getDefaultMessage()
                            : setting + ": " + error.getDefaultMessage())
                    .collect(Collectors.joining("; "));
        } else {
            line = setting + ": " + reason(cause);
        }
        return new FailureAnalysis(line, "Fix the setting (application.yml, a --name=… argument or its environment variable)"
                + " and start again; README.md lists every setting.", cause);
    }

    /** The innermost message: the record's own check ("… must be 百亿, 50亿 or 10亿") or the conversion's. */
    private static String reason(Throwable failure) {
        Throwable inner = failure;
        while (inner.getCause() != null) {
            inner = inner.getCause();
        }
        return inner.getMessage() == null ? inner.toString() : inner.getMessage();
    }

    /** gapWeight → gap-weight: the form the setting is written in. */
    static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before Spring's own bind analyzers
    }
}
