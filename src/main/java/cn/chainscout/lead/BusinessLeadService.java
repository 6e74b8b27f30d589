package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.common.graph.GraphReadCache;
import cn.chainscout.gap.AsOf;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapProperties;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.SegmentGap;
import cn.chainscout.common.user.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 以商招商: "an anchor brings its suppliers". Outside companies that supply a local plant (or, counting
 * less, its direct parent), and customers that are makers processing its output, ranked; the kinds of
 * tie and the group depth are configurable (business-tie-kinds, business-group-hops). Never: unverified
 * ties, "both supply the same buyer", the plant's owners and holdings, its own group, brand-owner
 * customers, or companies of the district's city (those are 二次招商). One lead per company: the local
 * firm and path that score best.
 */
@Service
@Transactional(readOnly = true)
@Roles.Read
public class BusinessLeadService {

    public static final int MAX_LIMIT = ChainLeadService.MAX_LIMIT;
    private static final double ROUNDING = ChainLeadService.ROUNDING;

    // the same collaborators as ChainLeadService: the ties come first here, the gaps only score them
    private final LeadQueries queries;
    private final GapService gaps;
    private final LeadScorer scorer;
    private final ScoringProperties weights;
    private final int firstRead;
    private final GapProperties gapProperties;
    /** Today's lists per graph version; null: computed every time (services made by tests with other weights). */
    private final GraphReadCache cache;

    @Autowired
    BusinessLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties,
                        GraphReadCache cache) {
        this(gaps, queries, weights, gapProperties, ChainLeadService.FIRST_READ, cache);
    }

    /** @param firstRead candidates scored in the first round (tests make it tiny so the pruning is exercised) */
    BusinessLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties,
                        int firstRead) {
        this(gaps, queries, weights, gapProperties, firstRead, null);
    }

    private BusinessLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties,
                                int firstRead, GraphReadCache cache) {
        this.cache = cache;
        this.gaps = gaps;
        this.queries = queries;
        this.weights = weights;
        this.scorer = new LeadScorer(weights, gapProperties);
        this.gapProperties = gapProperties;
        this.firstRead = firstRead;
    }

    /** @throws NotFoundException when the company is not a local firm of any district */
    public List<Lead> leadsVia(String localFirmId, int limit) {
        return leadsVia(localFirmId, limit, AsOf.NOW);
    }

    /** @throws NotFoundException when the company was not a local firm of any district at that date */
    public List<Lead> leadsVia(String localFirmId, int limit, AsOf asOf) {
        return cached("business-leads-via:" + localFirmId + ":" + limit, asOf, () -> computeVia(localFirmId, limit, asOf));
    }

    private List<Lead> computeVia(String localFirmId, int limit, AsOf asOf) {
        LeadQueries.District district = queries.districtOfLocalFirm(localFirmId, asOf)
                .orElseThrow(() -> new NotFoundException("local firm", localFirmId));
        return leads(district, List.of(localFirmId), limit, asOf);
    }

    /** Through all leading firms 龙头 of the district. */
    public List<Lead> leadsViaLeadingFirms(String districtId, int limit) {
        return leadsViaLeadingFirms(districtId, limit, AsOf.NOW);
    }

    public List<Lead> leadsViaLeadingFirms(String districtId, int limit, AsOf asOf) {
        return cached("business-leads-leading:" + districtId + ":" + limit, asOf,
                () -> computeViaLeadingFirms(districtId, limit, asOf));
    }

    /** Today's list changes only with the graph: kept per graph version; a past date's is computed. */
    private List<Lead> cached(String key, AsOf asOf, java.util.function.Supplier<List<Lead>> compute) {
        return cache == null || !asOf.now() ? compute.get() : cache.get(key, () -> List.copyOf(compute.get()));
    }

    private List<Lead> computeViaLeadingFirms(String districtId, int limit, AsOf asOf) {
        LeadQueries.District district = queries.district(districtId)
                .orElseThrow(() -> new NotFoundException("district", districtId));
        return leads(district, queries.leadingFirms(districtId, asOf), limit, asOf);
    }

    /** Through every local firm of the district, leading or not: the backtest's business list. */
    public List<Lead> leadsViaAllLocalFirms(String districtId, int limit, AsOf asOf) {
        LeadQueries.District district = queries.district(districtId)
                .orElseThrow(() -> new NotFoundException("district", districtId));
        return leads(district, null, limit, asOf);
    }

    /**
     * 二次招商: companies of the groups already in the district (the parents of its local firms, up to
     * two steps, and their other subsidiaries) that operate in a gap segment and could add a project.
     * Their own list: their presence is the reason, not a penalty. Few per district, so all are scored.
     */
    public List<Lead> expansionLeads(String districtId, int limit, AsOf asOf) {
        return cached("expansion-leads:" + districtId + ":" + limit, asOf, () -> computeExpansion(districtId, limit, asOf));
    }

    private List<Lead> computeExpansion(String districtId, int limit, AsOf asOf) {
        LeadQueries.District district = queries.district(districtId)
                .orElseThrow(() -> new NotFoundException("district", districtId));
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        Map<String, GapFitSource> gapSegments = gapSegments(district, asOf);
        LeadScorer.Place place = district.place(asOf);
        Map<String, String> presentThrough = new java.util.TreeMap<>(queries.groupCompanies(district.id(), asOf));
        // companies headquartered in the district's city: a project here is an expansion inside the city
        java.util.Set<String> inCity = new java.util.TreeSet<>();
        if (weights.cityFirmsToExpansion()) {
            for (String id : queries.cityCompanies(district, gapSegments.keySet(), asOf)) {
                if (!presentThrough.containsKey(id)) {
                    inCity.add(id);
                    presentThrough.put(id, null);
                }
            }
        }
        Map<String, LeadQueries.Facts> facts = queries.facts(district.id(), List.copyOf(presentThrough.keySet()),
                weights.revenueUnits(), asOf);
        List<Lead> leads = new ArrayList<>();
        for (var entry : presentThrough.entrySet()) {
            LeadQueries.Facts f = facts.get(entry.getKey());
            CandidateFacts c = f.candidate();
            List<GapFit> fits = fits(f, gapSegments);
            if (c.local() || scorer.excludedKind(c) || fits.isEmpty()) {
                continue;
            }
            boolean city = inCity.contains(entry.getKey());
            List<ScorePart> parts = new ArrayList<>();
            parts.add(city ? new ScorePart("present", 0, "其总部已在" + district.city() + "，在本区落地属市内扩产（二次招商），不是外来投资。",
                            "Its headquarters are already in " + district.city() + ": a project here is an expansion inside the city, not an inbound investment.")
                    : new ScorePart("present", 0, "其集团已在本区设有" + entry.getValue() + "，可追加投资新项目（二次招商）。",
                    "Its group is already in the district through " + entry.getValue() + " and could add a project."));
            parts.addAll(scorer.expansionLead(c, fits, place));
            GapFit best = scorer.bestFit(fits).orElseThrow();
            RankFact rank = scorer.strongest(c.ranks()).orElse(null);
            String name = LeadExplainer.shortName(c.name(), c.aliases());
            String does = "其" + (best.main() ? "主营" : "兼营") + best.segmentName() + "，该环节在" + place.name() + best.status().zh();
            String whyZh = city ? name + "总部已在" + district.city() + "（市内企业）；" + does + "，可作为市内二次招商对象，不是外来投资。"
                    : name + "所属集团已在" + place.name() + "设有" + entry.getValue() + "；" + does + "，可作为二次招商对象。";
            String makes = "it makes " + (best.segmentNameEn() == null ? best.segmentName() : best.segmentNameEn())
                    + ", a segment " + best.status().en() + " there";
            String whyEn = (c.nameEn() == null ? c.name() : c.nameEn()) + (city
                    ? ": headquartered in " + district.city() + " already; " + makes + ": an expansion inside the city, not an inbound investment."
                    : ": its group is already in " + place.nameEn() + " through " + entry.getValue() + "; " + makes
                    + ": a candidate for an added project.");
            List<EvidencePath> paths = new ArrayList<>();
            f.roles().stream().filter(r -> r.segmentId().equals(best.segmentId())).findFirst().ifPresent(r -> paths.add(r.path()));
            if (f.groupPath() != null) {
                paths.add(f.groupPath());
            }
            leads.add(new Lead(Lead.LeadKind.EXPANSION, c.id(), c.name(), c.nameEn(), c.province(), c.country(),
                    LeadScorer.total(parts), List.copyOf(parts), fits, null, rank, whyZh, whyEn, List.copyOf(paths)));
        }
        leads.sort(LeadScorer.ORDER);
        return List.copyOf(leads.subList(0, Math.min(leads.size(), n)));
    }

    private Map<String, GapFitSource> gapSegments(LeadQueries.District district, AsOf asOf) {
        Map<String, GapFitSource> gapSegments = new HashMap<>();
        for (ChainGaps chain : gaps.diagnoseDistrict(district.id(), asOf)) {
            chain.gaps().forEach(g -> gapSegments.put(g.segmentId(), new GapFitSource(chain.chainId(), g)));
        }
        return gapSegments;
    }

    /** Its gap segments where its share reaches the floor, worst gap first. */
    private List<GapFit> fits(LeadQueries.Facts f, Map<String, GapFitSource> gapSegments) {
        return f.roles().stream().filter(r -> gapSegments.containsKey(r.segmentId()))
                .map(r -> ChainLeadService.fit(gapSegments.get(r.segmentId()).chainId(), gapSegments.get(r.segmentId()).gap(), r))
                .filter(scorer::fitsEnough)
                .sorted(Comparator.comparingDouble(GapFit::severity).reversed().thenComparing(GapFit::segmentId))
                .toList();
    }

    /**
     * The best leads through the given local firms, exactly, without reading every tied company in
     * full (a hub firm of a large registry has tens of thousands): candidates are ordered by an upper
     * bound (what their best tie gives, their list strength, the best gap and reach anyone can have),
     * scored in full in that order, and the search stops once the n-th lead beats every bound left.
     */
    /** @param vias the local firms to go through, null for every local firm of the district */
    private List<Lead> leads(LeadQueries.District district, List<String> vias, int limit, AsOf asOf) {
        if (vias != null && vias.isEmpty()) {
            return List.of();
        }
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        Map<String, GapFitSource> gapSegments = new HashMap<>();
        // segment → the local firms it feeds directly: what the plant itself buys
        Map<String, java.util.Set<String>> feeds = new HashMap<>();
        for (ChainGaps chain : gaps.diagnoseDistrict(district.id(), asOf)) {
            chain.gaps().forEach(g -> gapSegments.put(g.segmentId(), new GapFitSource(chain.chainId(), g)));
            chain.segments().forEach(g -> g.downstreamDemand().forEach(d ->
                    feeds.computeIfAbsent(g.segmentId(), k -> new java.util.HashSet<>()).add(d.firm().id())));
        }
        Map<String, Double> points = new HashMap<>();
        gapSegments.forEach((id, g) -> points.put(id, weights.gapWeight() * g.gap().severity()));
        // what the named firms buy: attractable gap segments that feed one of them, with the firm and its segment
        Map<String, List<SegmentGap.Demand>> needs = new HashMap<>();
        if (vias != null && weights.tieFeedsPlant() > 0) {
            gapSegments.forEach((id, g) -> g.gap().downstreamDemand().stream()
                    .filter(d -> g.gap().attractable() && vias.contains(d.firm().id()))
                    .forEach(d -> needs.computeIfAbsent(id, k -> new ArrayList<>()).add(d)));
        }
        // a candidate's best tie plus the most it can get besides (the same on each of its ties); the firm's
        // own group is no business lead (it is on the expansion list)
        Map<String, Double> bound = new HashMap<>();
        for (LeadQueries.TieBound t : queries.tieBounds(district, vias, weights, points, scorer.businessRestMax(), asOf)) {
            // only a verified supplier or customer tie of the plant (or its direct parent) makes a business lead
            if (t.unverified() || !weights.businessTie(t.kind(), t.hops())) {
                continue;
            }
            bound.merge(t.candidateId(), scorer.businessTiePoints(t.kind(), t.unverified(), t.length(), t.hops(), t.viaTier(),
                    t.viaLeading()) + t.restBound(), Math::max);
        }
        if (!needs.isEmpty()) {
            // any gap may give its best fit, whichever segment the need is in: the bound takes the largest
            double maxGap = points.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double rest = maxGap + weights.fitWeight() + weights.sizeMax() + weights.tieFeedsPlant()
                    + weights.localSizeWeight() * gapProperties.firmSize("百亿", true);
            Map<String, Double> needPoints = new HashMap<>();
            needs.keySet().forEach(id -> needPoints.put(id, 0.0));
            for (LeadQueries.Bound b : queries.candidateBounds(district, needPoints, null, weights, rest,
                    queries.strengths(weights, asOf), asOf, Integer.MAX_VALUE)) {
                bound.merge(b.companyId(), b.bound(), Math::max);
            }
        }
        List<String> order = bound.keySet().stream()
                .sorted(Comparator.comparing((String id) -> bound.get(id)).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        double slack = ROUNDING;
        LeadScorer.Place place = district.place(asOf);
        List<Lead> leads = new ArrayList<>();
        int from = 0;
        int read = firstRead;
        while (from < order.size()) {
            List<String> ids = order.subList(from, (int) Math.min(order.size(), (long) from + read));
            leads.addAll(score(district, place, vias, ids, gapSegments, feeds, needs, asOf));
            from += ids.size();
            leads.sort(LeadScorer.ORDER);
            if (from < order.size() && leads.size() >= n && leads.get(n - 1).score() > bound.get(order.get(from)) + slack) {
                break;
            }
            read = (int) Math.min(Integer.MAX_VALUE / 2, read * 4L);
        }
        return List.copyOf(leads.subList(0, Math.min(leads.size(), n)));
    }

    /** These candidates' leads, scored in full with their facts and tie paths. */
    private List<Lead> score(LeadQueries.District district, LeadScorer.Place place, List<String> vias, List<String> ids,
                             Map<String, GapFitSource> gapSegments, Map<String, java.util.Set<String>> feeds,
                             Map<String, List<SegmentGap.Demand>> needs, AsOf asOf) {
        // the local firm's own group (its parents, what it holds, its shareholders' other holdings) is the
        // 二次招商 list's, not a business lead
        List<TieFact> all = queries.tiesOf(district.id(), vias, ids, asOf);
        // a shareholder, holding, parent or sibling of the plant is in its own circle of owners: never a lead
        java.util.Set<String> owners = all.stream().filter(t -> weights.ownershipTie(t.kind())).map(TieFact::candidateId)
                .collect(Collectors.toSet());
        List<TieFact> ties = all.stream().filter(t -> !t.unverified() && weights.businessTie(t.kind(), t.hops())
                && !owners.contains(t.candidateId())).toList();
        Map<String, List<TieFact>> byCandidate = ties.stream().collect(Collectors.groupingBy(TieFact::candidateId));
        Map<String, LeadQueries.Facts> facts = queries.facts(district.id(), ids, weights.revenueUnits(), asOf);
        Comparator<TieFact> tieOrder = LeadEvidence.tieOrder(scorer);
        List<Lead> leads = new ArrayList<>();
        for (String id : ids) {
            LeadQueries.Facts f = facts.get(id);
            CandidateFacts c = f.candidate();
            List<GapFit> fits = fits(f, gapSegments);
            // a customer counts only when it makes something the district lacks and is no brand owner: the
            // makers that process the plant's output, not the phone brands an assembler builds for
            boolean makerCustomer = (!weights.customerNeedsGapFit() || !fits.isEmpty())
                    && (c.revenueYi() == null || c.revenueYi() <= weights.customerMaxRevenueYi());
            List<TieFact> myTies = byCandidate.getOrDefault(id, List.of()).stream()
                    .filter(t -> t.kind() != TieKind.CUSTOMER || makerCustomer)
                    .filter(t -> t.hops() == 0 || !weights.groupTieNeedsFeed() || feedsThePlant(t, f, feeds))
                    .collect(Collectors.toCollection(ArrayList::new));
            myTies.addAll(needTies(c, f, needs, gapSegments));
            myTies.sort(tieOrder);
            // a group already in the district, or a company of the district's city, is on the 二次招商 list, not here
            if (myTies.isEmpty() || scorer.excludedKind(c) || c.groupLocal() || scorer.inDistrictCity(c, place)) {
                continue;
            }
            // it only makes what no district attracts or what is bound to its origin (raw milk, NZ base powder)
            if (weights.businessDropsUnattractable() && !f.roles().isEmpty()
                    && f.roles().stream().noneMatch(r -> gapProperties.attractable(r.segmentId()))) {
                continue;
            }
            // the path that scores best (then the fixed tie order) is the lead's VIA
            TieFact tie = null;
            List<ScorePart> parts = null;
            for (TieFact t : myTies) {
                List<ScorePart> p = scorer.businessLead(c, t, fits, place);
                if (parts == null || LeadScorer.total(p) > LeadScorer.total(parts)) {
                    tie = t;
                    parts = p;
                }
            }
            GapFit best = scorer.bestFit(fits).orElse(null);
            RankFact rank = scorer.strongest(c.ranks()).orElse(null);
            LeadExplainer.Why why = LeadExplainer.businessLead(c, rank, tie, best, place.name(), place.nameEn());
            List<EvidencePath> paths = new ArrayList<>();
            paths.add(tie.path());
            TieFact chosen = tie;
            myTies.stream().filter(t -> t != chosen).limit(LeadEvidence.MAX_TIE_PATHS - 1).map(TieFact::path).forEach(paths::add);
            if (best != null) {
                // a NEEDS tie's path is already this segment path
                f.roles().stream().filter(r -> r.segmentId().equals(best.segmentId())).findFirst()
                        .filter(r -> !paths.contains(r.path())).ifPresent(r -> paths.add(r.path()));
                LeadEvidence.gap(gapSegments.get(best.segmentId()).gap()).ifPresent(paths::add);
            }
            if (rank != null) {
                paths.add(LeadEvidence.ranked(c, rank));
            }
            if (f.groupPath() != null) {
                paths.add(f.groupPath());
            }
            leads.add(new Lead(Lead.LeadKind.BUSINESS, c.id(), c.name(), c.nameEn(), c.province(), c.country(),
                    LeadScorer.total(parts), parts, fits,
                    new Lead.Via(tie.viaId(), tie.viaName(), tie.viaNameEn(), tie.viaTier(), tie.viaLeading(), tie.kind(),
                            tie.length()), rank, why.zh(), why.en(), List.copyOf(paths)));
        }
        return leads;
    }

    /**
     * A tie held by the plant's parent group counts for the plant only when the company supplies what the plant's
     * own segment buys: one of its segments FEEDS a segment the plant operates in. A group's customers are the
     * group's, not the plant's.
     */
    private static boolean feedsThePlant(TieFact t, LeadQueries.Facts f, Map<String, java.util.Set<String>> feeds) {
        return t.kind() == TieKind.SUPPLIER && f.roles().stream()
                .anyMatch(r -> feeds.getOrDefault(r.segmentId(), java.util.Set.of()).contains(t.viaId()));
    }

    /**
     * "What the plant buys": for each of its main-business segments (share at the floor or above) that feeds a
     * named local firm's segment, a NEEDS tie to that firm. No relation between the two companies is claimed.
     */
    private List<TieFact> needTies(CandidateFacts c, LeadQueries.Facts f, Map<String, List<SegmentGap.Demand>> needs,
                                   Map<String, GapFitSource> gapSegments) {
        List<TieFact> ties = new ArrayList<>();
        for (LeadQueries.Role r : f.roles()) {
            List<SegmentGap.Demand> demand = needs.get(r.segmentId());
            if (demand == null || !r.main() || !scorer.fitsEnough(new GapFit(r.chainId(), r.segmentId(), null, null, null, 0,
                    r.main(), r.share(), r.since(), true))) {
                continue;
            }
            for (SegmentGap.Demand d : demand) {
                String segmentName = gapSegments.get(r.segmentId()).gap().name();
                String segmentNameEn = gapSegments.get(r.segmentId()).gap().nameEn();
                ties.add(new TieFact(d.firm().id(), d.firm().name(), d.firm().nameEn(), d.firm().name(), d.firm().tier(),
                        d.firm().leading(), c.id(), TieKind.NEEDS, 0, 1, false, d.segmentName(), d.segmentNameEn(),
                        segmentName, segmentNameEn, needsPath(c, r.segmentId(), segmentName, segmentNameEn, d)));
            }
        }
        return ties;
    }

    /** The reader's path of an inferred lead: the maker, what it makes, what that feeds, the plant that makes it. */
    private static EvidencePath needsPath(CandidateFacts c, String segmentId, String segmentName, String segmentNameEn,
                                          SegmentGap.Demand d) {
        return new EvidencePath("NEEDS", List.of(
                new EvidencePath.Node(c.id(), c.name(), c.nameEn(), "Company"),
                new EvidencePath.Node(segmentId, segmentName, segmentNameEn, "Segment"),
                new EvidencePath.Node(d.segmentId(), d.segmentName(), d.segmentNameEn(), "Segment"),
                new EvidencePath.Node(d.firm().id(), d.firm().name(), d.firm().nameEn(), "Company")), List.of(
                new EvidencePath.Relationship(c.id(), segmentId, "OPERATES_IN", null),
                new EvidencePath.Relationship(segmentId, d.segmentId(), "FEEDS", null),
                new EvidencePath.Relationship(d.firm().id(), d.segmentId(), "OPERATES_IN", null)));
    }

    private record GapFitSource(String chainId, SegmentGap gap) {
    }
}
