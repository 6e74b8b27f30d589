package cn.chainscout.pipeline.ui;

import cn.chainscout.pipeline.CompanyLeads;
import cn.chainscout.pipeline.LeadCard;
import cn.chainscout.pipeline.PipelineService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.modulith.NamedInterface;

/** On a company's portrait: its leads in the pipeline, open ones first, each with its history and a link. */
@NamedInterface("components") // embedded in other features' pages
public class CompanyLeadsSection extends VerticalLayout {

    public CompanyLeadsSection(PipelineService pipeline, String companyId) {
        setPadding(false);
        setId("company-pipeline");
        add(new H2(getTranslation("pipeline.company.title")));
        CompanyLeads leads = pipeline.leadsOfCompany(companyId);
        if (leads.leads().isEmpty()) {
            add(new Paragraph(getTranslation("pipeline.company.none")));
            return;
        }
        for (CompanyLeads.Entry entry : leads.leads()) {
            LeadCard l = entry.lead();
            Anchor link = new Anchor("pipeline/" + l.id(), getTranslation("pipeline.kind." + l.kind().name())
                    + (l.segmentName() == null ? "" : " · " + l.segmentName()) + (l.viaName() == null ? "" : " · " + l.viaName()));
            Div head = new Div(Texts.badge(getTranslation("pipeline.stage." + l.stage().name()), l.stage()), new Span(" "), link,
                    new Span(" — " + Texts.or(l.reason())));
            head.addClassName("cs-company-lead");
            add(head, new HistoryGrid(entry.history()));
        }
    }
}
