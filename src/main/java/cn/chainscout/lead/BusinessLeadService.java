package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.chainscout.common.NotFoundException;
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
 * 以商招商: outside companies reached from local firms through real ties (suppliers, customers,
 * shareholders and their other holdings, partners, co-suppliers), ranked. Ties of a local firm's
 * parent companies (up to two SUBSIDIARY_OF steps) count through the local firm, with the longer
 * path. One lead per company: the local firm and path that score best.
 */
@Service
@Transactional(readOnly = true)
@Roles.Read
public class BusinessLeadService {

    private static final java.util.Set<TieKind> GROUP = java.util.EnumSet.of(TieKind.PARENT, TieKind.HOLDING, TieKind.SIBLING);

    public static final int MAX_LIMIT = 200;
    /** Slack for the rounding of each score part to 0.001. */
    private static final double ROUNDING = 0.01;

    private final GapService gaps;
    private final LeadQueries queries;
    private final ScoringProperties weights;
    private final LeadScorer scorer;
    private final int firstRead;

    @Autowired
    BusinessLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties) {
        this(gaps, queries, weights, gapProperties, ChainLeadService.FIRST_READ);
    }

    /** @param firstRead candidates scored in the first round (tests make it tiny so the pruning is exercised) */
    BusinessLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties,
                        int firstRead) {
        this.gaps = gaps;
        this.queries = queries;
        this.weights = weights;
        this.scorer = new LeadScorer(weights, gapProperties);
        this.firstRead = firstRead;
    }

    /** @throws NotFoundException when the company is not a local firm of any district */
    public List<Lead> leadsVia(String localFirmId, int limit) {
        return leadsVia(localFirmId, limit, AsOf.NOW);
    }

    /** @throws NotFoundException when the company was not a local firm of any district at that date */
    public List<Lead> leadsVia(String localFirmId, int limit, AsOf asOf) {
        LeadQueries.District district = queries.districtOfLocalFirm(localFirmId, asOf)
                .orElseThrow(() -> new NotFoundException("local firm", localFirmId));
        return leads(district, List.of(localFirmId), limit, asOf);
    }

    /** Through all leading firms 龙头 of the district. */
    public List<Lead> leadsViaLeadingFirms(String districtId, int limit) {
        return leadsViaLeadingFirms(districtId, limit, AsOf.NOW);
    }

    public List<Lead> leadsViaLeadingFirms(String districtId, int limit, AsOf asOf) {
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
        LeadQueries.District district = queries.district(districtId)
                .orElseThrow(() -> new NotFoundException("district", districtId));
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        Map<String, GapFitSource> gapSegments = gapSegments(district, asOf);
        LeadScorer.Place place = new LeadScorer.Place(district.province(), district.name(), district.nameEn(), asOf.year());
        Map<String, String> presentThrough = queries.groupCompanies(district.id(), asOf);
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
            List<ScorePart> parts = new ArrayList<>();
            parts.add(new ScorePart("present", 0, "其集团已在本区设有" + entry.getValue() + "，可追加投资新项目（二次招商）。",
                    "Its group is already in the district through " + entry.getValue() + " and could add a project."));
            parts.addAll(scorer.expansionLead(c, fits, place));
            GapFit best = scorer.bestFit(fits).orElseThrow();
            RankFact rank = scorer.strongest(c.ranks()).orElse(null);
            String name = LeadExplainer.shortName(c.name(), c.aliases());
            String whyZh = name + "所属集团已在" + place.name() + "设有" + entry.getValue() + "；其" + (best.main() ? "主营" : "兼营")
                    + best.segmentName() + "，该环节在" + place.name() + best.status().zh() + "，可作为二次招商对象。";
            String whyEn = (c.nameEn() == null ? c.name() : c.nameEn()) + ": its group is already in " + place.nameEn()
                    + " through " + entry.getValue() + "; it makes " + (best.segmentNameEn() == null ? best.segmentName() : best.segmentNameEn())
                    + ", a segment " + best.status().en() + " there: a candidate for an added project.";
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
        Map<String, GapFitSource> gapSegments = gapSegments(district, asOf);
        Map<String, Double> points = new HashMap<>();
        gapSegments.forEach((id, g) -> points.put(id, weights.gapWeight() * g.gap().severity()));
        // a candidate's best tie plus the most it can get besides (the same on each of its ties); the firm's
        // own group is no business lead (it is on the expansion list)
        Map<String, Double> bound = new HashMap<>();
        for (LeadQueries.TieBound t : queries.tieBounds(district, vias, weights, points, scorer.businessRestMax(), asOf)) {
            if (GROUP.contains(t.kind())) {
                continue;
            }
            bound.merge(t.candidateId(), scorer.businessTiePoints(t.kind(), t.unverified(), t.length(), t.hops(), t.viaTier(),
                    t.viaLeading()) + t.restBound(), Math::max);
        }
        List<String> order = bound.keySet().stream()
                .sorted(Comparator.comparing((String id) -> bound.get(id)).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        double slack = ROUNDING;
        LeadScorer.Place place = new LeadScorer.Place(district.province(), district.name(), district.nameEn(), asOf.year());
        List<Lead> leads = new ArrayList<>();
        int from = 0;
        int read = firstRead;
        while (from < order.size()) {
            List<String> ids = order.subList(from, (int) Math.min(order.size(), (long) from + read));
            leads.addAll(score(district, place, vias, ids, gapSegments, asOf));
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
                             Map<String, GapFitSource> gapSegments, AsOf asOf) {
        // the local firm's own group (its parents, what it holds, its shareholders' other holdings) is the
        // 二次招商 list's, not a business lead
        List<TieFact> ties = queries.tiesOf(district.id(), vias, ids, asOf).stream().filter(t -> !GROUP.contains(t.kind())).toList();
        Map<String, List<TieFact>> byCandidate = ties.stream().collect(Collectors.groupingBy(TieFact::candidateId));
        Map<String, LeadQueries.Facts> facts = queries.facts(district.id(), ids, weights.revenueUnits(), asOf);
        Comparator<TieFact> tieOrder = LeadEvidence.tieOrder(scorer);
        List<Lead> leads = new ArrayList<>();
        for (String id : ids) {
            LeadQueries.Facts f = facts.get(id);
            CandidateFacts c = f.candidate();
            List<GapFit> fits = fits(f, gapSegments);
            List<TieFact> myTies = byCandidate.getOrDefault(id, List.of()).stream().sorted(tieOrder).toList();
            // a group already in the district is on the 二次招商 list, not here
            if (myTies.isEmpty() || scorer.excludedKind(c) || c.groupLocal()) {
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
                f.roles().stream().filter(r -> r.segmentId().equals(best.segmentId())).findFirst()
                        .ifPresent(r -> paths.add(r.path()));
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

    private record GapFitSource(String chainId, SegmentGap gap) {
    }
}
