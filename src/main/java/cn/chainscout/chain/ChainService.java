package cn.chainscout.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.chainscout.common.graph.GraphData;
import cn.chainscout.common.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chain feature's public face. */
@Service
@Transactional(readOnly = true)
public class ChainService {

    /** One colour per chain, in chain order; the picture and the cards use the same. */
    static final List<String> CHAIN_COLOURS = List.of("#2563eb", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04");

    private final ChainQueries queries;

    ChainService(ChainQueries queries) {
        this.queries = queries;
    }

    public List<ChainOverview> overview() {
        return queries.overview();
    }

    /** The chains and their leading firms, as one picture (a firm in two chains is drawn once). */
    public GraphData leadingFirmsGraph(Locale locale) {
        List<ChainOverview> chains = overview();
        List<GraphData.Node> nodes = new ArrayList<>();
        List<GraphData.Edge> edges = new ArrayList<>();
        Set<String> firmsDrawn = new HashSet<>();
        for (int i = 0; i < chains.size(); i++) {
            ChainOverview chain = chains.get(i);
            String colour = colour(i);
            nodes.add(new GraphData.Node("chain:" + chain.id(), TranslationProvider.name(locale, chain.name(), chain.nameEn()),
                    "chain", colour, 40));
            for (ChainOverview.LocalFirm firm : chain.localFirms()) {
                if (!firm.leading()) {
                    continue;
                }
                if (firmsDrawn.add(firm.id())) {
                    nodes.add(new GraphData.Node(firm.id(), TranslationProvider.name(locale, firm.name(), firm.nameEn()),
                            "company", colour, "百亿".equals(firm.tier()) ? 30 : 20));
                }
                edges.add(new GraphData.Edge("chain:" + chain.id(), firm.id(), "", "leads"));
            }
        }
        return new GraphData(nodes, edges, "cose");
    }

    public static String colour(int chainIndex) {
        return CHAIN_COLOURS.get(chainIndex % CHAIN_COLOURS.size());
    }
}
