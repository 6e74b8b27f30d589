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
    ChainService(ChainQueries queries, cn.chainscout.common.config.DistrictProperties settings) {
        this.queries = queries;
        this.districtId = settings.districtOrNull();
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
    /** Room between two group boxes: their padding and the lower box's title. */
    private static final double GROUP_GAP = 40;

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
        List<GraphData.Node> leaves = new ArrayList<>();
        Set<String> boxes = new HashSet<>();
        double x = 0;
        for (String stage : STAGES) {
            List<ChainMap.SegmentNode> inColumn = map.segments().stream()
                    .filter(s -> !s.group() && stage.equals(s.stage()))
                    .sorted(Comparator.comparing((ChainMap.SegmentNode s) -> boxOf(map, s) == null ? "~" : boxOf(map, s))
                            .thenComparing(ChainMap.SegmentNode::id))
                    .toList();
            if (inColumn.isEmpty()) {
                continue;
            }
            // each box's segments stay together in one sub-column (a box taller than a column takes whole
            // sub-columns of its own), with a gap between boxes: no two boxes ever share any area
            int subColumn = 0;
            int row = 0;
            double y = 0;
            String previousBox = null;
            int previousRun = 0;
            int maxSubColumn = 0;
            for (int i = 0; i < inColumn.size(); i++) {
                ChainMap.SegmentNode s = inColumn.get(i);
                String box = boxOf(map, s);
                if (i > 0 && !java.util.Objects.equals(box, previousBox)) {
                    int runLength = (int) inColumn.stream().skip(i).takeWhile(n -> java.util.Objects.equals(boxOf(map, n), box)).count();
                    boolean fits = row + runLength <= ROWS_PER_COLUMN;
                    // a box that wrapped fills its sub-columns' whole height: the next run starts beside it
                    if (row > 0 && (!fits || runLength > ROWS_PER_COLUMN || previousRun > ROWS_PER_COLUMN)) {
                        subColumn++;
                        row = 0;
                        y = 0;
                    } else if (row > 0) {
                        y += GROUP_GAP;
                    }
                } else if (row >= ROWS_PER_COLUMN) {
                    subColumn++;
                    row = 0;
                    y = 0;
                }
                String label = Messages.name(locale, s.name(), s.nameEn())
                        + (s.localFirms().isEmpty() ? "" : " (" + s.localFirms().size() + ")");
                leaves.add(new GraphData.Node(s.id(), label, "segment", colour.apply(s), 0, box,
                        x + subColumn * (SUB_COLUMN_WIDTH + GROUP_GAP), y, s.key() ? "key" : null));
                if (box != null) {
                    boxes.add(box);
                }
                previousRun = java.util.Objects.equals(box, previousBox) ? previousRun + 1 : 1;
                row++;
                y += ROW_HEIGHT;
                previousBox = box;
                maxSubColumn = Math.max(maxSubColumn, subColumn);
            }
            x += (maxSubColumn + 1) * (SUB_COLUMN_WIDTH + GROUP_GAP) + COLUMN_GAP;
        }
        List<GraphData.Node> nodes = new ArrayList<>();
        for (ChainMap.SegmentNode s : map.segments()) {
            if (s.group() && boxes.contains(s.id())) {
                nodes.add(new GraphData.Node(s.id(), Messages.name(locale, s.name(), s.nameEn()), "group",
                        "#64748b", 0, null, null, null, null));
            }
        }
        nodes.addAll(leaves);
        List<GraphData.Edge> edges = map.feeds().stream()
                .map(f -> new GraphData.Edge(f.fromId(), f.toId(), "", "feeds")).toList();
        return new GraphData(nodes, edges, "preset");
    }

    /**
     * The box a segment is drawn in: its group, unless the group's segments lie in more than one stage
     * (a box across stage columns would cover the boxes between them).
     */
    private static String boxOf(ChainMap map, ChainMap.SegmentNode s) {
        if (s.parentId() == null || map.segments().stream().noneMatch(g -> g.group() && g.id().equals(s.parentId()))) {
            return null;
        }
        long stages = map.segments().stream().filter(o -> !o.group() && s.parentId().equals(o.parentId()))
                .map(ChainMap.SegmentNode::stage).distinct().count();
        return stages == 1 ? s.parentId() : null;
    }

    public static String colour(int chainIndex) {
        return CHAIN_COLOURS.get(chainIndex % CHAIN_COLOURS.size());
    }
}
