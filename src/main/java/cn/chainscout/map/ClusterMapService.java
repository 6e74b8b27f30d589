package cn.chainscout.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import cn.chainscout.chain.ChainService;
import cn.chainscout.common.graph.GraphData;
import cn.chainscout.common.i18n.Messages;
import cn.chainscout.common.graph.GraphReadCache;
import cn.chainscout.common.user.Roles;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.gap.SegmentGap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 集群地图: the district's whole cluster as one picture: each chain a block of its leaf segments by
 * stage (gaps outlined in their status colour), the local firms below, sized by tier, coloured by
 * chain, tied to the segments they operate in. Positions are computed here (Cytoscape's preset
 * layout): no force layout runs in the browser, so the picture is the same every time and stays fast.
 */
@Service
@Roles.Read
@Transactional(readOnly = true)
public class ClusterMapService {

    /** Node size by the seed's tier (annual output or revenue class); unknown smallest. */
    public static final Map<String, Integer> TIER_SIZES = tierSizes();
    public static final int UNKNOWN_TIER_SIZE = 18;
    /** Outline of a gap segment by status; not-needed segments are drawn faded. */
    public static final Map<GapStatus, String> GAP_OUTLINES = Map.of(
            GapStatus.MISSING, "#dc2626", GapStatus.BROKEN, "#ea580c", GapStatus.WEAK, "#ca8a04");
    /** Local firms operating in none of the chains drawn. */
    public static final String NO_CHAIN_COLOUR = "#94a3b8";

    static final List<String> STAGES = List.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM", "SUPPORT");
    // segments are small tiles (their names show when zoomed in), firms carry the labels
    static final double COLUMN = 58;
    static final double ROW = 28;
    static final int ROWS_PER_COLUMN = 8;
    static final double HEADER = 46;
    static final double FIRM_SPACING = 100;
    static final double FIRM_ROW = 62;
    static final int MIN_FIRMS_PER_ROW = 4;
    static final double BLOCK_GAP_X = 60;
    static final double BLOCK_GAP_Y = 60;

    private final MapQueries queries;
    private final GapService gaps;
    private final String districtId;
    private final GraphReadCache cache;

    ClusterMapService(MapQueries queries, GapService gaps, cn.chainscout.common.config.DistrictProperties settings,
                      GraphReadCache cache) {
        this.cache = cache;
        this.queries = queries;
        this.gaps = gaps;
        this.districtId = settings.districtOrNull();
    }

    public ClusterMap map(MapFilter filter, Locale locale) {
        // changes only with the graph (names in the page's language): kept per graph version
        return cache.get("cluster-map:" + filter.chainId() + ":" + filter.parkId() + ":" + locale.toLanguageTag(),
                () -> compute(filter, locale));
    }

    private ClusterMap compute(MapFilter filter, Locale locale) {
        List<MapQueries.ChainRow> chains = queries.chains(districtId);
        List<ClusterMap.ChainKey> keys = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            MapQueries.ChainRow c = chains.get(i);
            keys.add(new ClusterMap.ChainKey(c.id(), c.name(), c.nameEn(), ChainService.colour(i)));
        }
        List<ClusterMap.ParkOption> parks = queries.parks(districtId).stream()
                .map(p -> new ClusterMap.ParkOption(p.id(), p.name(), p.nameEn(), p.parentId())).toList();
        List<ClusterMap.ChainKey> shown = keys.stream()
                .filter(k -> filter.chainId() == null || k.id().equals(filter.chainId())).toList();

        Map<String, MapQueries.SegmentRow> segments = new LinkedHashMap<>();
        Set<String> shownChainIds = new HashSet<>(shown.stream().map(ClusterMap.ChainKey::id).toList());
        queries.segments(districtId).stream().filter(s -> shownChainIds.contains(s.chainId()))
                .forEach(s -> segments.put(s.id(), s));
        Map<String, GapStatus> status = new HashMap<>();
        for (ClusterMap.ChainKey chain : shown) {
            for (SegmentGap g : gaps.diagnose(chain.id()).segments()) {
                status.put(g.segmentId(), g.status());
            }
        }
        List<MapQueries.FirmRow> firms = queries.firms(districtId).stream()
                .filter(f -> filter.parkId() == null || f.parks().contains(filter.parkId()))
                .filter(f -> filter.chainId() == null || f.segments().containsValue(filter.chainId()))
                .toList();

        Layout layout = new Layout(shown, segments, firms);
        List<GraphData.Node> nodes = new ArrayList<>();
        List<GraphData.Edge> edges = new ArrayList<>();
        Map<String, String> colourOf = new HashMap<>();
        shown.forEach(k -> colourOf.put(k.id(), k.colour()));
        for (ClusterMap.ChainKey chain : shown) {
            double[] p = layout.position("chain:" + chain.id());
            nodes.add(new GraphData.Node("chain:" + chain.id(), Messages.name(locale, chain.name(), chain.nameEn())
                    + chainCounts(chain.id(), segments.values(), status, firms, layout, locale),
                    "chain", chain.colour(), 40, null, p[0], p[1], "cluster-title"));
        }
        int gapCount = 0;
        for (MapQueries.SegmentRow s : segments.values()) {
            GapStatus st = status.get(s.id());
            String border = st == null ? null : st.isGap() ? "gap-" + st.name() : st == GapStatus.NOT_NEEDED ? "faded" : null;
            if (st != null && st.isGap()) {
                gapCount++;
            }
            double[] p = layout.position("segment:" + s.id());
            nodes.add(new GraphData.Node("segment:" + s.id(), Messages.name(locale, s.name(), s.nameEn()),
                    "cluster-segment", pale(colourOf.get(s.chainId())), 0, null, p[0], p[1], border));
        }
        for (MapQueries.FeedRow f : queries.feeds(districtId)) {
            if (segments.containsKey(f.fromId()) && segments.containsKey(f.toId())) {
                edges.add(new GraphData.Edge("segment:" + f.fromId(), "segment:" + f.toId(), "", "feeds"));
            }
        }
        for (MapQueries.FirmRow f : firms) {
            String chain = layout.chainOf(f.id());
            double[] p = layout.position("company:" + f.id());
            nodes.add(new GraphData.Node("company:" + f.id(), Messages.name(locale, shortName(f), f.nameEn()), "company",
                    chain == null ? NO_CHAIN_COLOUR : colourOf.get(chain), size(f.tiers()), null, p[0], p[1],
                    f.leading() ? "leading" : null));
            for (String s : f.segments().keySet()) {
                if (segments.containsKey(s)) {
                    edges.add(new GraphData.Edge("company:" + f.id(), "segment:" + s, "", "operates"));
                }
            }
        }
        return new ClusterMap(new GraphData(List.copyOf(nodes), List.copyOf(edges), "preset"), List.copyOf(keys), parks,
                segments.size(), gapCount, firms.size());
    }

    /** 「（28 环节 · 缺口 18 · 12 家企业）」 after a chain's title: what a leader reads at the first zoom. */
    private static String chainCounts(String chainId, java.util.Collection<MapQueries.SegmentRow> segments,
                                      Map<String, GapStatus> status, List<MapQueries.FirmRow> firms, Layout layout,
                                      Locale locale) {
        List<MapQueries.SegmentRow> own = segments.stream().filter(s -> chainId.equals(s.chainId())).toList();
        long gaps = own.stream().filter(s -> status.get(s.id()) != null && status.get(s.id()).isGap()).count();
        long local = firms.stream().filter(f -> chainId.equals(layout.chainOf(f.id()))).count();
        return Messages.isEnglish(locale)
                ? " (" + own.size() + " segments · " + gaps + " gaps · " + local + " firms)"
                : "（" + own.size() + " 环节 · 缺口 " + gaps + " · " + local + " 家企业）";
    }

    /**
     * The name a map label can hold: the shortest Chinese alias (澳优, 湘江涂料), else the name
     * without its legal-form suffix; the full name is on the company page.
     */
    static String shortName(MapQueries.FirmRow firm) {
        return firm.aliases().stream().filter(a -> a.length() >= 2 && a.codePoints().anyMatch(ClusterMapService::isHan))
                .min(Comparator.comparingInt(String::length))
                .filter(a -> a.length() < firm.name().length())
                .orElseGet(() -> firm.name().replaceFirst("(股份有限公司|有限责任公司|有限公司)$", ""));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The best tier's size: a firm in two parks may carry a tier on one of them only. */
    static int size(List<String> tiers) {
        return tiers.stream().map(TIER_SIZES::get).filter(java.util.Objects::nonNull).max(Integer::compare)
                .orElse(UNKNOWN_TIER_SIZE);
    }

    /** The chain colour mixed with white: segments stay readable under their black labels. */
    static String pale(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return String.format("#%02x%02x%02x", mix(r), mix(g), mix(b));
    }

    private static int mix(int c) {
        return (int) Math.round(c * 0.28 + 255 * 0.72);
    }

    private static Map<String, Integer> tierSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("百亿", 46);
        sizes.put("50亿", 36);
        sizes.put("10亿", 28);
        return java.util.Collections.unmodifiableMap(sizes);
    }

    /**
     * Where everything goes: chains as blocks in a grid (about as many columns as rows); in a block the
     * chain's name on top, its segments in stage columns (a tall stage wraps into sub-columns), its
     * firms in rows below, ordered by where their segments are so the ties stay short. A firm sits in
     * the block of the chain most of its segments are in; firms in no chain drawn go in a last row.
     */
    static final class Layout {

        private final Map<String, double[]> positions = new HashMap<>();
        private final Map<String, String> firmChain = new HashMap<>();

        Layout(List<ClusterMap.ChainKey> chains, Map<String, MapQueries.SegmentRow> segments, List<MapQueries.FirmRow> firms) {
            Map<String, List<MapQueries.FirmRow>> firmsByChain = new LinkedHashMap<>();
            chains.forEach(c -> firmsByChain.put(c.id(), new ArrayList<>()));
            List<MapQueries.FirmRow> unplaced = new ArrayList<>();
            for (MapQueries.FirmRow f : firms) {
                Map<String, Long> perChain = new LinkedHashMap<>();
                chains.forEach(c -> perChain.put(c.id(), 0L));
                f.segments().values().stream().filter(perChain::containsKey).forEach(c -> perChain.merge(c, 1L, Long::sum));
                String best = perChain.entrySet().stream().filter(e -> e.getValue() > 0)
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
                if (best == null) {
                    unplaced.add(f);
                } else {
                    firmChain.put(f.id(), best);
                    firmsByChain.get(best).add(f);
                }
            }
            List<Block> blocks = new ArrayList<>();
            for (ClusterMap.ChainKey chain : chains) {
                List<MapQueries.SegmentRow> own = segments.values().stream().filter(s -> s.chainId().equals(chain.id())).toList();
                blocks.add(new Block(chain.id(), own, firmsByChain.get(chain.id())));
            }
            // side by side up to four chains (a laptop screen is wide), then a squarish grid
            int columns = blocks.size() <= 4 ? Math.max(1, blocks.size()) : (int) Math.ceil(Math.sqrt(blocks.size()));
            double[] columnWidth = new double[columns];
            List<Double> rowHeights = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                columnWidth[i % columns] = Math.max(columnWidth[i % columns], blocks.get(i).width);
                if (i / columns >= rowHeights.size()) {
                    rowHeights.add(0.0);
                }
                rowHeights.set(i / columns, Math.max(rowHeights.get(i / columns), blocks.get(i).height));
            }
            double y = 0;
            double totalWidth = 0;
            for (int c = 0; c < columns; c++) {
                totalWidth += columnWidth[c] + (c > 0 ? BLOCK_GAP_X : 0);
            }
            for (int row = 0; row < rowHeights.size(); row++) {
                double x = 0;
                for (int c = 0; c < columns && row * columns + c < blocks.size(); c++) {
                    Block block = blocks.get(row * columns + c);
                    // centred in its grid cell, so a narrow chain does not hug the left edge
                    block.place(x + (columnWidth[c] - block.width) / 2, y, positions);
                    x += columnWidth[c] + BLOCK_GAP_X;
                }
                y += rowHeights.get(row) + BLOCK_GAP_Y;
            }
            // firms in no chain drawn go under the block that ends highest, so the picture does not grow taller
            double left = 0;
            double top = y;
            double width = Math.max(totalWidth, FIRM_SPACING);
            for (Block block : blocks) {
                if (block.top + block.height < top) {
                    top = block.top + block.height;
                    left = block.left;
                    width = block.width;
                }
            }
            int perRow = Math.max(1, (int) (width / FIRM_SPACING));
            for (int i = 0; i < unplaced.size(); i++) {
                positions.put("company:" + unplaced.get(i).id(),
                        new double[] {left + (i % perRow) * FIRM_SPACING + FIRM_SPACING / 2, top + FIRM_ROW / 2 + (i / perRow) * FIRM_ROW});
            }
        }

        double[] position(String nodeId) {
            return positions.getOrDefault(nodeId, new double[] {0, 0});
        }

        /** The chain whose block a firm is drawn in, or null when it is in no chain drawn. */
        String chainOf(String firmId) {
            return firmChain.get(firmId);
        }
    }

    /** One chain's block, laid out from its own top-left corner. */
    private static final class Block {

        private final Map<String, double[]> local = new LinkedHashMap<>();
        private final double width;
        private final double height;
        private double left;
        private double top;

        Block(String chainId, List<MapQueries.SegmentRow> segments, List<MapQueries.FirmRow> firms) {
            Map<String, Double> segmentX = new HashMap<>();
            int column = 0;
            int tallest = 0;
            List<String> stages = new ArrayList<>(STAGES);
            segments.stream().map(MapQueries.SegmentRow::stage).filter(s -> s != null && !stages.contains(s)).distinct()
                    .forEach(stages::add);
            for (String stage : stages) {
                List<MapQueries.SegmentRow> inStage = segments.stream().filter(s -> stage.equals(s.stage())).toList();
                if (inStage.isEmpty()) {
                    continue;
                }
                int sub = (inStage.size() + ROWS_PER_COLUMN - 1) / ROWS_PER_COLUMN;
                int rows = (inStage.size() + sub - 1) / sub;
                tallest = Math.max(tallest, rows);
                for (int i = 0; i < inStage.size(); i++) {
                    double x = (column + i / rows) * COLUMN + COLUMN / 2;
                    local.put("segment:" + inStage.get(i).id(), new double[] {x, HEADER + (i % rows) * ROW});
                    segmentX.put(inStage.get(i).id(), x);
                }
                column += sub;
            }
            double blockWidth = Math.max(column * COLUMN, MIN_FIRMS_PER_ROW * FIRM_SPACING);
            local.put("chain:" + chainId, new double[] {blockWidth / 2, 0});
            List<MapQueries.FirmRow> ordered = new ArrayList<>(firms);
            ordered.sort(Comparator.comparingDouble((MapQueries.FirmRow f) -> f.segments().keySet().stream()
                    .map(segmentX::get).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average().orElse(0))
                    .thenComparing(MapQueries.FirmRow::id));
            int perRow = Math.max(1, (int) (blockWidth / FIRM_SPACING));
            double firmTop = HEADER + Math.max(tallest - 1, 0) * ROW + 56;
            for (int i = 0; i < ordered.size(); i++) {
                int inRow = Math.min(perRow, ordered.size() - (i / perRow) * perRow);
                double rowStart = (blockWidth - inRow * FIRM_SPACING) / 2;
                local.put("company:" + ordered.get(i).id(), new double[] {
                        rowStart + (i % perRow) * FIRM_SPACING + FIRM_SPACING / 2, firmTop + (i / perRow) * FIRM_ROW});
            }
            int firmRows = (ordered.size() + perRow - 1) / perRow;
            this.width = blockWidth;
            this.height = firmTop + Math.max(firmRows, 1) * FIRM_ROW;
        }

        void place(double left, double top, Map<String, double[]> into) {
            this.left = left;
            this.top = top;
            local.forEach((id, p) -> into.put(id, new double[] {left + p[0], top + p[1]}));
        }
    }
}
