package cn.chainscout.common.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/**
 * A form's fields by the names the services use in {@link Problem#field()}: a refusal puts each problem's
 * message under its field (invalid, with the message); what belongs to no field is handed back for the form.
 */
public final class ProblemFields {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public ProblemFields(Component form) {
        this.form = form;
    }

    public ProblemFields bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Shows every problem; returns the messages that belong to no bound field, one a line ("" when none). */
    public String show(ProblemException refusal) {
        return show(refusal.problems());
    }

    public String show(List<Problem> problems) {
        clear();
        List<String> rest = new ArrayList<>();
        for (Problem p : problems) {
            String message = UserErrorText.of(p, form);
            HasValidation field = p.field() == null ? null : fields.get(p.field());
            if (field == null) {
                rest.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        return String.join("\n", rest);
    }
}
