package cn.chainscout.common.ui;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemException;
import com.vaadin.flow.component.Component;

/**
 * A refusal in the page's language. A problem names its field, so the argument that is the field's name
 * is shown as the field's label (no guessing from the arguments' spelling).
 */
public final class UserErrorText {

    private static final String FIELD = "pipeline.field.";

    /** The first problem's text (the one a notification shows). */
    public static String of(ProblemException e, Component in) {
        return of(e.problems().getFirst(), in);
    }

    public static String of(Problem problem, Component in) {
        Object[] args = problem.args().toArray();
        String field = problem.field();
        for (int i = 0; i < args.length; i++) {
            if (field != null && field.equals(args[i])) {
                String label = in.getTranslation(FIELD + field);
                if (!label.startsWith("!")) {
                    args[i] = label;
                }
            }
        }
        return in.getTranslation(problem.messageKey(), args);
    }

    private UserErrorText() {
    }
}
