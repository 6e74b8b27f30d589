package cn.chainscout.common.ui;

import cn.chainscout.common.UserError;
import com.vaadin.flow.component.Component;

/** A {@link UserError} in the page's language; arguments that name a field are shown by the field's label. */
public final class UserErrorText {

    private static final String FIELD = "pipeline.field.";

    public static String of(UserError e, Component in) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && !s.isBlank() && s.chars().allMatch(Character::isLetter)) {
                String label = in.getTranslation(FIELD + s);
                if (!label.startsWith("!")) {
                    args[i] = label;
                }
            }
        }
        return in.getTranslation(e.key(), args);
    }

    private UserErrorText() {
    }
}
