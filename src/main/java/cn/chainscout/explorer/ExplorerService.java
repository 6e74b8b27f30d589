package cn.chainscout.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.chainscout.chain.ChainMap;
import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.common.NotFoundException;
import cn.chainscout.common.graph.GraphData;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.AsOf;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.gap.SegmentGap;
import cn.chainscout.common.i18n.Messages;
import cn.chainscout.lead.BusinessLeadService;
import cn.chainscout.lead.ChainLeadService;
import cn.chainscout.lead.EvidencePath;
import cn.chainscout.lead.Lead;
import cn.chainscout.common.user.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the explorer pages show, put together from the chain, gap and lead features: the chain map
 * coloured by gap status, and a segment with its diagnosis and ranked candidates.
 */
@Service
@Transactional(readOnly = true)
@Roles.Read
public class ExplorerService {

    /** 缺链 red, 断链 orange, 弱链 yellow, 已覆盖 green, not needed grey: the chain map's legend. */
    public static final Map<GapStatus, String> STATUS_COLOURS = Map.of(
            GapStatus.MISSING, "#f87171",
            GapStatus.BROKEN, "#fb923c",
            GapStatus.WEAK, "#fde047",
            GapStatus.COVERED, ChainService.WITH_LOCAL_FIRMS,
            GapStatus.NOT_NEEDED, ChainService.WITHOUT_LOCAL_FIRMS);

    static final int CANDIDATES_SHOWN = 20;

    private final ChainService chains;
    private final GapService gaps;
    private final ChainLeadService leads;
    private final BusinessLeadService businessLeads;

    ExplorerService(ChainService chains, GapService gaps, ChainLeadService leads, BusinessLeadService businessLeads) {
        this.chains = chains;
        this.gaps = gaps;
        this.leads = leads;
        this.businessLeads = businessLeads;
    }

    /** The home district's chains. */
    public List<ChainOverview> chains() {
        return chains.homeOverview();
    }

    /** @return empty when no chain has this id */
    public Optional<ChainPage> chainPage(String chainId, Locale locale) {
        return chains.chainMap(chainId).map(map -> {
            ChainGaps diagnosis = gaps.diagnose(chainId);
            GraphData graph = chains.chainMapGraph(map, locale, s -> diagnosis.segment(s.id())
                    .map(g -> STATUS_COLOURS.get(g.status())).orElse(ChainService.WITHOUT_LOCAL_FIRMS));
            return new ChainPage(map, diagnosis, graph);
        });
    }

    /** @return empty when the segment is unknown or only groups other segments */
    public Optional<SegmentPage> segmentPage(String segmentId) {
        return chains.chainOf(segmentId).flatMap(chainId -> {
            ChainGaps diagnosis = gaps.diagnose(chainId);
            return diagnosis.segment(segmentId).map(gap -> new SegmentPage(chainId, diagnosis.chainName(),
                    diagnosis.chainNameEn(), diagnosis.completeness(), gap, candidates(chainId, segmentId)));
        });
    }

    private List<Lead> candidates(String chainId, String segmentId) {
        try {
            return leads.leads(chainId, segmentId, null, CANDIDATES_SHOWN);
        } catch (NotFoundException e) {
            return List.of(); // a segment the lead engine does not rank (not a leaf)
        }
    }

    /** A chain's gap segments, most severe first: the segment choices of the leads page. */
    public List<SegmentGap> gapSegments(String chainId) {
        return gaps.diagnose(chainId).gaps();
    }

    /** The district's local firms (leading firms first): the "via" choices of business leads. */
    public List<ChainOverview.LocalFirm> localFirms() {
        return localFirms(chains());
    }

    /** As {@link #localFirms()}, from chains the caller already has (a page reads them once). */
    public static List<ChainOverview.LocalFirm> localFirms(List<ChainOverview> chains) {
        Map<String, ChainOverview.LocalFirm> firms = new LinkedHashMap<>();
        chains.stream().flatMap(c -> c.localFirms().stream())
                .sorted(Comparator.comparing((ChainOverview.LocalFirm f) -> !f.leading()).thenComparing(ChainOverview.LocalFirm::name))
                .forEach(f -> firms.putIfAbsent(f.id(), f));
        return List.copyOf(firms.values());
    }

    /**
     * Leads of one kind for the leads page, filtered, best first. Chain leads come for one chain
     * (or one of its segments) or for every gap of the district; business leads via one local firm
     * or via every leading firm.
     */
    public List<Lead> leads(LeadQuery query) {
        // the configured home district; without one, the district of the first chain in the graph
        String districtId = chains.homeDistrictId()
                .orElseGet(() -> chains().stream().findFirst().map(ChainOverview::districtId).orElse(null));
        if (districtId == null) {
            return List.of();
        }
        List<Lead> found = switch (query.kind()) {
            case CHAIN -> query.chainId() == null
                    ? leads.leadsForDistrict(districtId, query.list(), ChainLeadService.MAX_LIMIT)
                    : leads.leads(query.chainId(), query.segmentId(), query.list(), ChainLeadService.MAX_LIMIT);
            case BUSINESS -> query.viaId() == null
                    ? businessLeads.leadsViaLeadingFirms(districtId, BusinessLeadService.MAX_LIMIT)
                    : businessLeads.leadsVia(query.viaId(), BusinessLeadService.MAX_LIMIT);
            case EXPANSION -> businessLeads.expansionLeads(districtId, BusinessLeadService.MAX_LIMIT, AsOf.NOW);
        };
        return found.stream()
                .filter(l -> query.minScore() == null || l.score() >= query.minScore())
                .filter(l -> query.region() == null || query.region().isBlank()
                        || contains(l.province(), query.region()) || contains(l.country(), query.region()))
                .filter(l -> query.kind() == Lead.LeadKind.CHAIN || query.list() == null
                        || (l.bestRank() != null && query.list().equals(l.bestRank().list())))
                .toList();
    }

    /** How a lead's total is made and its usual range, in the page's language. */
    public String scoreScale(boolean english) {
        return leads.scoreScale(english);
    }

    /** A lead's evidence paths as one picture: the company, the gap segments, the local firm, the list. */
    public GraphData evidenceGraph(Lead lead, Locale locale) {
        Map<String, GraphData.Node> nodes = new LinkedHashMap<>();
        Set<List<String>> edgeKeys = new LinkedHashSet<>();
        List<GraphData.Edge> edges = new ArrayList<>();
        for (EvidencePath path : lead.paths()) {
            for (EvidencePath.Node n : path.nodes()) {
                nodes.computeIfAbsent(n.id(), id -> new GraphData.Node(id, Messages.name(locale, n.name(), n.nameEn()),
                        n.label().toLowerCase(Locale.ROOT), EVIDENCE_COLOURS.getOrDefault(n.label(), "#64748b"),
                        id.equals(lead.companyId()) ? 30 : 20));
            }
            for (EvidencePath.Relationship r : path.relationships()) {
                if (edgeKeys.add(List.of(r.from(), r.to(), r.type()))) {
                    edges.add(new GraphData.Edge(r.from(), r.to(), relationWord(r.type(), Messages.isEnglish(locale)),
                            "unverified".equals(r.confidence()) ? "unverified" : "evidence"));
                }
            }
        }
        return new GraphData(List.copyOf(nodes.values()), edges, "breadthfirst");
    }

    /**
     * A lead's evidence paths as lines to read, e.g. 「蓝思科技 —供应→ 比亚迪电子（本地，百亿）」: each path's
     * nodes in order, each step with its relation in words and its direction; the local firm it goes through
     * is marked local with its tier.
     */
    public List<String> evidenceLines(Lead lead, Locale locale) {
        boolean english = Messages.isEnglish(locale);
        Set<String> lines = new LinkedHashSet<>();
        for (EvidencePath path : lead.paths()) {
            StringBuilder line = new StringBuilder();
            EvidencePath.Node previous = null;
            for (EvidencePath.Node n : path.nodes()) {
                if (previous != null) {
                    line.append(step(path, previous.id(), n.id(), english));
                }
                line.append(Messages.name(locale, n.name(), n.nameEn()));
                if (lead.via() != null && n.id().equals(lead.via().companyId())) {
                    String tier = lead.via().tier();
                    line.append(english ? " (local" + (tier == null ? "" : ", " + tierEn(tier)) + ")"
                            : "（本地" + (tier == null ? "" : "，" + tier) + "）");
                }
                previous = n;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return List.copyOf(lines);
    }

    /** 「 —供应→ 」 when the relation runs from a to b, 「 ←供应— 」 when it runs back, 「 — 」 when the path has none. */
    private static String step(EvidencePath path, String a, String b, boolean english) {
        for (EvidencePath.Relationship r : path.relationships()) {
            String word = relationWord(r.type(), english);
            if (r.from().equals(a) && r.to().equals(b)) {
                return " —" + word + "→ ";
            }
            if (r.from().equals(b) && r.to().equals(a)) {
                return " ←" + word + "— ";
            }
        }
        return " — ";
    }

    private static String tierEn(String tier) {
        return switch (tier) {
            case "百亿" -> "10+ bn yuan";
            case "50亿" -> "5+ bn yuan";
            case "10亿" -> "1+ bn yuan";
            default -> tier;
        };
    }

    /** The graph's relation types in the reader's words. */
    static String relationWord(String type, boolean english) {
        String[] words = RELATION_WORDS.get(type);
        return words == null ? (english ? "related to" : "关联") : words[english ? 1 : 0];
    }

    private static final Map<String, String[]> RELATION_WORDS = Map.ofEntries(
            Map.entry("SUPPLIES", new String[] {"供应", "supplies"}),
            Map.entry("INVESTS_IN", new String[] {"投资", "invests in"}),
            Map.entry("SUBSIDIARY_OF", new String[] {"隶属", "subsidiary of"}),
            Map.entry("PARTNERS_WITH", new String[] {"合作", "partners with"}),
            Map.entry("OPERATES_IN", new String[] {"从事", "operates in"}),
            Map.entry("FEEDS", new String[] {"配套", "feeds"}),
            Map.entry("RANKED", new String[] {"上榜", "ranked on"}),
            Map.entry("LOCATED_IN", new String[] {"位于", "located in"}),
            Map.entry("IN", new String[] {"属于", "in"}),
            Map.entry("HAS_SEGMENT", new String[] {"包含", "has segment"}),
            Map.entry("TARGETS", new String[] {"招引", "targets"}));

    private static final Map<String, String> EVIDENCE_COLOURS = Map.of(
            "Company", "#2563eb", "Segment", "#f87171", "Chain", "#9333ea", "Ranking", "#ca8a04",
            "Park", "#16a34a", "District", "#16a34a");

    /** A place as the seed writes it (湖南省, 日本) or in English (Hunan, japan): the filter takes either. */
    private static boolean contains(String value, String part) {
        String typed = part.strip();
        return value != null && (value.contains(typed) || cn.chainscout.common.i18n.Places.english(value)
                .toLowerCase(java.util.Locale.ROOT).contains(typed.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The chain map: its segments, their diagnosis and the picture coloured by status. */
    public record ChainPage(ChainMap map, ChainGaps gaps, GraphData graph) {
    }

    /** A segment: its status with the numbers behind it, and the outside companies that could fill it. */
    public record SegmentPage(String chainId, String chainName, String chainNameEn, double chainCompleteness,
                              SegmentGap gap, List<Lead> candidates) {
    }
}
