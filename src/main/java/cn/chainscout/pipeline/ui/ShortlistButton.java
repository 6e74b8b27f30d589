package cn.chainscout.pipeline.ui;

import java.util.function.Supplier;

import cn.chainscout.common.UserError;
import cn.chainscout.common.ui.UserErrorText;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.pipeline.Shortlisted;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.modulith.NamedInterface;

/**
 * 加入备选 on a ranked candidate: puts the lead on the pipeline (or finds it there) and turns into a
 * link to the lead's page, saying which of the two happened.
 */
@NamedInterface("components") // embedded in other features' pages
public class ShortlistButton extends Div {

    /** @param openLeadId the company's open lead if it is already being worked (then a link to it), else null */
    public ShortlistButton(PipelineService pipeline, String companyId, String openLeadId, Supplier<NewLead> lead) {
        if (openLeadId != null) {
            add(link(openLeadId, false));
            return;
        }
        Button button = new Button(getTranslation("pipeline.shortlist"), VaadinIcon.PLUS.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("cs-shortlist");
        button.setId("shortlist-" + companyId);
        button.addClickListener(e -> addAndTell(pipeline, lead.get()).ifPresent(done -> {
            removeAll();
            add(link(done.leadId(), done.created()));
        }));
        add(button);
    }

    private Anchor link(String leadId, boolean created) {
        Anchor link = new Anchor("pipeline/" + leadId, getTranslation(created ? "pipeline.shortlisted" : "pipeline.alreadyShortlisted") + " →");
        link.addClassName("cs-shortlisted");
        link.setId("shortlisted-" + leadId);
        link.getElement().setAttribute("data-lead", leadId);
        return link;
    }

    /**
     * 加入备选 for a row of a long list (one template button per row, not a component): puts the lead on
     * the pipeline and says so with a link to it; a refusal is said in the user's language.
     */
    public static java.util.Optional<Shortlisted> addAndTell(PipelineService pipeline, NewLead lead) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        try {
            Shortlisted done = pipeline.add(lead);
            String text = ui.getTranslation(done.created() ? "pipeline.shortlisted" : "pipeline.alreadyShortlisted");
            Notification note = new Notification(new Anchor("pipeline/" + done.leadId(), text + " →"));
            note.setDuration(4000);
            note.setPosition(Notification.Position.BOTTOM_START);
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            note.open();
            return java.util.Optional.of(done);
        } catch (UserError error) {
            Notification.show(UserErrorText.of(error, ui), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return java.util.Optional.empty();
        }
    }
}
