package cn.chainscout.chain.ui;

import java.util.List;
import java.util.Locale;

import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.common.ui.GraphView;
import cn.chainscout.common.i18n.TranslationProvider;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** Home: what ChainScout is, the district's chains with their local firms, and the picture of both. */
@PermitAll
@Route("")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(ChainService chains) {
        addClassName("cs-page");
        Locale locale = getLocale();
        H1 title = new H1(getTranslation("home.title"));
        title.setId("home-title");
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("cs-lead");

        List<ChainOverview> overview = chains.homeOverview();
        GraphView graph = new GraphView();
        graph.setId("home-graph");
        graph.setWidthFull();
        graph.setGraph(chains.leadingFirmsGraph(overview, locale));
        graph.onNodeClick((id, kind) -> {
            if ("company".equals(kind)) {
                UI.getCurrent().navigate("companies/" + id);
            }
        });

        Div cards = new Div();
        cards.addClassName("cs-chain-cards");
        cards.setWidthFull();
        for (int i = 0; i < overview.size(); i++) {
            cards.add(card(overview.get(i), ChainService.colour(i), locale));
        }
        add(title, intro, new H2(getTranslation("home.chains")), cards, new H2(getTranslation("home.graph")), graph);
    }

    private Div card(ChainOverview chain, String colour, Locale locale) {
        H3 name = new H3(TranslationProvider.name(locale, chain.name(), chain.nameEn()));
        name.getStyle().set("color", colour);
        Div card = new Div(name);
        card.addClassName("cs-chain-card");
        card.setId("chain-" + chain.id());
        String target = chain.outputTargetYi() == null ? ""
                : getTranslation("home.target", String.format("%,.0f", chain.outputTargetYi()));
        card.add(new Span(getTranslation("home.segments", chain.segmentCount()) + (target.isEmpty() ? "" : " · " + target)));
        UnorderedList firms = new UnorderedList();
        for (ChainOverview.LocalFirm firm : chain.localFirms()) {
            ListItem item = new ListItem(new Anchor("companies/" + firm.id(),
                    TranslationProvider.name(locale, firm.name(), firm.nameEn())));
            if (firm.leading()) {
                Span tag = new Span(getTranslation("home.leading") + (firm.tier() == null ? "" : " · " + cn.chainscout.common.ui.Formats.tier(firm.tier(), locale)));
                tag.addClassName("cs-tag");
                item.add(tag);
            }
            firms.add(item);
        }
        if (chain.localFirms().isEmpty()) {
            card.add(new Paragraph(getTranslation("home.noFirms")));
        } else {
            card.add(firms);
        }
        Anchor map = new Anchor("chains/" + chain.id(), getTranslation("home.openMap"));
        map.setId("open-map-" + chain.id());
        card.add(map);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
