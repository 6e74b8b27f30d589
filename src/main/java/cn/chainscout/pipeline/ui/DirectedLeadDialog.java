package cn.chainscout.pipeline.ui;

import java.util.Locale;

import cn.chainscout.common.UserError;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.UserErrorText;
import cn.chainscout.pipeline.Choice;
import cn.chainscout.pipeline.LeadKind;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.pipeline.Shortlisted;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** 定向招商: pick a company (searched like the global search box), give the reason, optionally the chain. */
class DirectedLeadDialog extends Dialog {

    DirectedLeadDialog(PipelineService pipeline) {
        setHeaderTitle(getTranslation("pipeline.directed.title"));
        Locale locale = getLocale();
        ComboBox<Choice> company = new ComboBox<>(getTranslation("pipeline.directed.company"));
        company.setId("directed-company");
        company.setPlaceholder(getTranslation("pipeline.directed.companyPlaceholder"));
        company.setWidthFull();
        company.setItemLabelGenerator(c -> TranslationProvider.name(locale, c.name(), c.nameEn())
                + (c.note() == null ? "" : " · " + ("local".equals(c.note()) ? getTranslation("pipeline.localFirm") : c.note())));
        company.setItems(query -> pipeline.findCompanies(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        TextArea reason = new TextArea(getTranslation("pipeline.directed.reason"));
        reason.setId("directed-reason");
        reason.setWidthFull();
        reason.setMaxLength(PipelineService.MAX_REASON);
        Select<Choice> chain = new Select<>();
        chain.setLabel(getTranslation("pipeline.directed.chain"));
        chain.setEmptySelectionAllowed(true);
        chain.setItems(pipeline.chains());
        chain.setItemLabelGenerator(c -> c == null ? "" : TranslationProvider.name(locale, c.name(), c.nameEn()));
        Paragraph error = new Paragraph();
        error.setId("directed-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        String[] existingLead = new String[1];
        Button existing = new Button("", e -> {
            close();
            UI.getCurrent().navigate("pipeline/" + existingLead[0]);
        });
        existing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        existing.setId("directed-existing");
        existing.setVisible(false);
        VerticalLayout body = new VerticalLayout(company, reason, chain, error, existing);
        body.setPadding(false);
        body.setWidth("32em");
        add(body);

        Button save = new Button(getTranslation("pipeline.save"), e -> {
            try {
                Shortlisted done = pipeline.add(new NewLead(LeadKind.DIRECTED, company.getValue() == null ? null : company.getValue().id(),
                        null, null, chain.getValue() == null ? null : chain.getValue().id(), null, reason.getValue()));
                if (!done.created()) {
                    // one open 定向招商 lead per company: say so and keep the typed reason, instead of dropping it
                    error.setText(getTranslation("pipeline.directed.exists"));
                    existing.setText(getTranslation("pipeline.directed.openExisting"));
                    existingLead[0] = done.leadId();
                    existing.setVisible(true);
                    return;
                }
                close();
                UI.getCurrent().navigate("pipeline/" + done.leadId());
            } catch (UserError failure) {
                error.setText(UserErrorText.of(failure, this));
            }
        });
        save.setId("directed-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("pipeline.cancel"), e -> close()), save);
    }
}
