package cn.chainscout.dashboard.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import cn.chainscout.common.Problem;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.ProblemFields;
import cn.chainscout.dashboard.ManualEntry;
import cn.chainscout.dashboard.TargetCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form for a hand-entered value: value, date and source. No Spring inside: it hands the entry
 * to the view, and shows the problems the service names under their fields.
 */
class EntryDialog extends Dialog {

    private final NumberField value = new NumberField();
    private final DatePicker asOf = cn.chainscout.common.ui.Formats.isoDates(new DatePicker());
    private final TextField source = new TextField();
    private final Span formError = new Span();
    private final ProblemFields fields = new ProblemFields(this).bind("value", value).bind("asOf", asOf).bind("source", source);

    EntryDialog(TargetCard target, LocalDate today, Consumer<ManualEntry> onSave) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("dashboard.entry.title", TranslationProvider.name(locale, target.name(), target.nameEn())));
        setId("entry-dialog");
        value.setId("entry-value");
        value.setLabel(getTranslation("dashboard.entry.value", cn.chainscout.common.ui.Formats.unit(target.unit(), getLocale())));
        asOf.setId("entry-date");
        asOf.setLabel(getTranslation("dashboard.entry.date"));
        asOf.setValue(today);
        source.setId("entry-source");
        source.setLabel(getTranslation("dashboard.entry.source"));
        source.setPlaceholder(getTranslation("dashboard.entry.sourceHint"));
        source.setWidthFull();
        formError.setId("entry-error");
        formError.addClassName("cs-entry-error");
        FormLayout form = new FormLayout(value, asOf, source);
        form.setColspan(source, 2);
        add(new Paragraph(getTranslation("dashboard.entry.help", format(target.figure()), cn.chainscout.common.ui.Formats.unit(target.unit(), getLocale()))),
                form, formError);
        Button save = new Button(getTranslation("dashboard.entry.save"), e -> onSave.accept(
                new ManualEntry(value.getValue(), asOf.getValue(), source.getValue())));
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("dashboard.entry.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("34em");
    }

    /** Puts each message under its field; a problem with the target itself goes above the buttons. */
    void show(List<Problem> problems) {
        formError.setText(fields.show(problems));
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
