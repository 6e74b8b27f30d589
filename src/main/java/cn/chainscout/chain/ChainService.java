package cn.chainscout.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.chainscout.common.graph.GraphData;
import cn.chainscout.common.i18n.Messages;
import cn.chainscout.common.user.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chain feature's public face. */
@Service
@Transactional(readOnly = true)
@Roles.Read
public class ChainService {

    /** One colour per chain, in chain order; the picture and the cards use the same. */
    static final List<String> CHAIN_COLOURS = List.of("#2563eb", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04");

    private final ChainQueries queries;
    private final String districtId;

    /** @param districtId the district the pages show (chainscout.district); empty = every district in the graph */
    ChainService(ChainQueries queries, @Value("${chainscout.district:}") String districtId) {
        this.queries = queries;
        this.districtId = districtId == null || districtId.isBlank() ? null : districtId;
    }

    /** Every chain in the graph with its local firms, in chain order. */
    public List<ChainOverview> overview() {
        return queries.overview(null);
    }

    /** The district the pages show (chainscout.district), when one is configured. */
    public Optional<String> homeDistrictId() {
        return Optional.ofNullable(districtId);
    }

    /** The chains of the district the pages show (chainscout.district), in chain order. */
    public List<ChainOverview> homeOverview() {
        return queries.overview(districtId);
    }

    /** The chains and their leading firms, as one picture (a firm in two chains is drawn once). */
    public GraphData leadingFirmsGraph(List<ChainOverview> chains, Locale locale) {
        List<GraphData.Node> nodes = new ArrayList<>();
        List<GraphData.Edge> edges = new ArrayList<>();
        Set<String> firmsDrawn = new HashSet<>();
        for (int i = 0; i < chains.size(); i++) {
            ChainOverview chain = chains.get(i);
            String colour = colour(i);
            nodes.add(new GraphData.Node("chain:" + chain.id(), Messages.name(locale, chain.name(), chain.nameEn()),
                    "chain", colour, 40));
            for (ChainOverview.LocalFirm firm : chain.localFirms()) {
                if (!firm.leading()) {
                    continue;
                }
                if (firmsDrawn.add(firm.id())) {
                    nodes.add(new GraphData.Node(firm.id(), Messages.name(locale, firm.name(), firm.nameEn()),
                            "company", colour, "百亿".equals(firm.tier()) ? 30 : 20));
                }
                edges.add(new GraphData.Edge("chain:" + chain.id(), firm.id(), "", "leads"));
            }
        }
        return new GraphData(nodes, edges, "cose");
    }

    public Optional<ChainMap> chainMap(String chainId) {
        return queries.chainMap(chainId);
    }

    /** The chain a segment belongs to. */
    public Optional<String> chainOf(String segmentId) {
        return queries.chainOf(segmentId);
    }

    /** Stage columns, left to right: upstream → midstream → downstream, support services last. */
    static final List<String> STAGES = List.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM", "SUPPORT");
    public static final String WITH_LOCAL_FIRMS = "#86efac";
    public static final String WITHOUT_LOCAL_FIRMS = "#e5e7eb";
    private static final int ROWS_PER_COLUMN = 9;
    private static final double SUB_COLUMN_WIDTH = 175;
    private static final double COLUMN_GAP = 110;
    private static final double ROW_HEIGHT = 48;

    /**
     * The chain map: one column per stage, segments stacked in their group's box, FEEDS as arrows.
     * Positions are computed here so the picture is the same every time (no force layout).
     */
    public GraphData chainMapGraph(ChainMap map, Locale locale) {
        return chainMapGraph(map, locale,
                s -> s.localFirms().isEmpty() ? WITHOUT_LOCAL_FIRMS : WITH_LOCAL_FIRMS);
    }

    /** The same picture with each segment coloured by the caller (the explorer colours by gap status). */
    public GraphData chainMapGraph(ChainMap map, Locale locale, Function<ChainMap.SegmentNode, String> colour) {
        List<GraphData.Node> nodes = new ArrayList<>();
        for (ChainMap.SegmentNode s : map.segments()) {
            if (s.group()) {
                nodes.add(new GraphData.Node(s.id(), Messages.name(locale, s.name(), s.nameEn()), "group",
                        "#64748b", 0, null, null, null, null));
            }
        }
        double x = 0;
        for (String stage : STAGES) {
            List<ChainMap.SegmentNode> inColumn = map.segments().stream()
                    .filter(s -> !s.group() && stage.equals(s.stage()))
                    .sorted(Comparator.comparing((ChainMap.SegmentNode s) -> s.parentId() == null ? "" : s.parentId())
                            .thenComparing(ChainMap.SegmentNode::id))
                    .toList();
            if (inColumn.isEmpty()) {
                continue;
            }
            // a tall stage wraps into sub-columns, so the picture stays wide rather than tall
            int subColumns = (inColumn.size() + ROWS_PER_COLUMN - 1) / ROWS_PER_COLUMN;
            int rows = (inColumn.size() + subColumns - 1) / subColumns;
            for (int i = 0; i < inColumn.size(); i++) {
                ChainMap.SegmentNode s = inColumn.get(i);
                String label = Messages.name(locale, s.name(), s.nameEn())
                        + (s.localFirms().isEmpty() ? "" : " (" + s.localFirms().size() + ")");
                nodes.add(new GraphData.Node(s.id(), label, "segment",
                        colour.apply(s), 0,
                        parentInGraph(map, s), x + (i / rows) * SUB_COLUMN_WIDTH, (i % rows) * ROW_HEIGHT,
                        s.key() ? "key" : null));
            }
            x += subColumns * SUB_COLUMN_WIDTH + COLUMN_GAP;
        }
        List<GraphData.Edge> edges = map.feeds().stream()
                .map(f -> new GraphData.Edge(f.fromId(), f.toId(), "", "feeds")).toList();
        return new GraphData(nodes, edges, "preset");
    }

    /** A segment is drawn inside its group only when the group is drawn as a box (it has segments). */
    private static String parentInGraph(ChainMap map, ChainMap.SegmentNode s) {
        return s.parentId() != null && map.segments().stream().anyMatch(g -> g.group() && g.id().equals(s.parentId()))
                ? s.parentId() : null;
    }

    public static String colour(int chainIndex) {
        return CHAIN_COLOURS.get(chainIndex % CHAIN_COLOURS.size());
    }
}
