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

/**
 * 加入备选 on a ranked candidate: puts the lead on the pipeline (or finds it there) and turns into a
 * link to the lead's page, saying which of the two happened.
 */
public class ShortlistButton extends Div {

    public ShortlistButton(PipelineService pipeline, String companyId, Supplier<NewLead> lead) {
        Button button = new Button(getTranslation("pipeline.shortlist"), VaadinIcon.PLUS.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("cs-shortlist");
        button.setId("shortlist-" + companyId);
        button.addClickListener(e -> {
            try {
                Shortlisted done = pipeline.add(lead.get());
                String text = getTranslation(done.created() ? "pipeline.shortlisted" : "pipeline.alreadyShortlisted");
                Anchor link = new Anchor("pipeline/" + done.leadId(), text + " →");
                link.addClassName("cs-shortlisted");
                link.getElement().setAttribute("data-lead", done.leadId());
                removeAll();
                add(link);
                Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserError error) {
                Notification.show(UserErrorText.of(error, this), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(button);
    }
}
