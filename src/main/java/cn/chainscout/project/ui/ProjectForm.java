package cn.chainscout.project.ui;

import java.time.LocalDate;
import java.util.function.Function;

import cn.chainscout.common.ProblemException;
import cn.chainscout.common.UserError;
import cn.chainscout.common.ui.ProblemFields;
import cn.chainscout.project.MuCheck;
import cn.chainscout.project.ProjectFigures;
import cn.chainscout.project.ProjectService;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.modulith.NamedInterface;

/**
 * The signing form: name, investment (亿元), land (亩), expected annual output (亿元) and tax (万元), sign
 * date; shows the 亩均 check as the figures are typed. No Spring inside: it takes the check as a function.
 */
@NamedInterface("components") // embedded in other features' pages
public class ProjectForm extends FormLayout {

    private final TextField name = new TextField();
    private final NumberField investment = number("investmentYi");
    private final NumberField land = number("landMu");
    private final NumberField output = number("annualOutputYi");
    private final NumberField tax = number("annualTaxWan");
    private final DatePicker signedOn = cn.chainscout.common.ui.Formats.isoDates(new DatePicker());
    private final MuCheckView mu = new MuCheckView();
    private final ProblemFields fields = new ProblemFields(this).bind("name", name).bind("investmentYi", investment)
            .bind("landMu", land).bind("annualOutputYi", output).bind("annualTaxWan", tax).bind("signedOn", signedOn);

    public ProjectForm(String suggestedName, Function<ProjectFigures, MuCheck> check) {
        name.setId("project-name");
        name.setLabel(getTranslation("pipeline.field.name"));
        name.setValue(suggestedName == null ? "" : suggestedName);
        name.setMaxLength(100);
        signedOn.setId("project-signedOn");
        signedOn.setLabel(getTranslation("pipeline.field.signedOn"));
        signedOn.setValue(LocalDate.now(ProjectService.ZONE));
        add(name, investment, land, output, tax, signedOn);
        add(mu, 2);
        Runnable update = () -> {
            try {
                mu.show(check.apply(figures()));
            } catch (UserError e) {
                mu.show(null);
            }
        };
        investment.addValueChangeListener(e -> update.run());
        land.addValueChangeListener(e -> update.run());
        output.addValueChangeListener(e -> update.run());
        tax.addValueChangeListener(e -> update.run());
        mu.show(null);
    }

    public ProjectFigures figures() {
        return new ProjectFigures(name.getValue(), investment.getValue(), land.getValue(), output.getValue(), tax.getValue(),
                signedOn.getValue());
    }

    /** Puts each problem of a refusal under its field; returns what belongs to no field ("" when none). */
    public String show(ProblemException refusal) {
        return fields.show(refusal);
    }

    private NumberField number(String field) {
        NumberField f = new NumberField();
        f.setId("project-" + field);
        f.setLabel(getTranslation("pipeline.field." + field));
        f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        return f;
    }
}
