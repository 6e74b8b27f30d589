package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * 产业链招商: outside companies operating in a chain's gap segments, ranked. Companies that are
 * already local firms of the district are not leads at all (the alreadyLocal penalty then only
 * applies to companies whose group is local).
 */
@Service
@Transactional(readOnly = true)
@Roles.Read
public class ChainLeadService {

    public static final int MAX_LIMIT = 200;
    /** Candidates read by bound in the first round; each further round reads four times as many. */
    static final int FIRST_READ = 400;
    /** Slack for the rounding of each score part to 0.001. */
    static final double ROUNDING = 0.01;

    private final GapService gaps;
    private final LeadQueries queries;
    private final ScoringProperties weights;
    private final LeadScorer scorer;
    private final int firstRead;
    /** Today's lists per graph version; null: computed every time (services made by tests with other weights). */
    private final GraphReadCache cache;

    @Autowired
    ChainLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties,
                     GraphReadCache cache) {
        this(gaps, queries, weights, gapProperties, FIRST_READ, cache);
    }

    /** @param firstRead candidates read in the first round (tests make it tiny so the pruning is exercised) */
    ChainLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties, int firstRead) {
        this(gaps, queries, weights, gapProperties, firstRead, null);
    }

    private ChainLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties,
                             int firstRead, GraphReadCache cache) {
        this.cache = cache;
        this.gaps = gaps;
        this.queries = queries;
        this.weights = weights;
        this.scorer = new LeadScorer(weights, gapProperties);
        this.firstRead = firstRead;
    }

    /**
     * @param segmentId one segment of the chain (any status), or null for all its gaps
     * @param list      FORTUNE_GLOBAL_500 / CHINA_TOP_500 / CHINA_PRIVATE_500 to keep only companies on it, or null
     * @throws NotFoundException for an unknown chain, or a segment not in the chain
     */
    public List<Lead> leads(String chainId, String segmentId, String list, int limit) {
        return leads(chainId, segmentId, list, limit, AsOf.NOW);
    }

    /** The same on the graph as it was at a date (the backtest asks "what would the list have said then?"). */
    public List<Lead> leads(String chainId, String segmentId, String list, int limit, AsOf asOf) {
        return cached("chain-leads:" + chainId + ":" + segmentId + ":" + list + ":" + limit, asOf,
                () -> compute(chainId, segmentId, list, limit, asOf));
    }

    private List<Lead> compute(String chainId, String segmentId, String list, int limit, AsOf asOf) {
        ChainGaps diagnosis = gaps.diagnose(chainId, asOf);
        LeadQueries.District district = queries.district(diagnosis.districtId()).orElseGet(() -> new LeadQueries.District(
                diagnosis.districtId(), diagnosis.districtName(), diagnosis.districtNameEn(), diagnosis.province()));
        List<SegmentGap> targets = segmentId == null ? diagnosis.gaps()
                : List.of(diagnosis.segment(segmentId).orElseThrow(
                        () -> new NotFoundException("leaf segment in chain " + chainId, segmentId)));
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        // a whole chain's list is made diverse across its gap segments; one segment's list is that segment's
        return top(List.of(new ChainRun(diagnosis, targets, segmentId == null)), list, district, n, asOf).getFirst();
    }

    /**
     * All gaps of every chain of the district: one lead per company, the chain where it scores best
     * (then the chain order) gives it.
     *
     * @throws NotFoundException for an unknown district
     */
    public List<Lead> leadsForDistrict(String districtId, String list, int limit) {
        return leadsForDistrict(districtId, list, limit, AsOf.NOW);
    }

    public List<Lead> leadsForDistrict(String districtId, String list, int limit, AsOf asOf) {
        return cached("district-leads:" + districtId + ":" + list + ":" + limit, asOf,
                () -> computeForDistrict(districtId, list, limit, asOf));
    }

    /** Today's list changes only with the graph: kept per graph version; a past date's is computed. */
    private List<Lead> cached(String key, AsOf asOf, java.util.function.Supplier<List<Lead>> compute) {
        return cache == null || !asOf.now() ? compute.get() : cache.get(key, () -> List.copyOf(compute.get()));
    }

    private List<Lead> computeForDistrict(String districtId, String list, int limit, AsOf asOf) {
        LeadQueries.District district = queries.district(districtId)
                .orElseThrow(() -> new NotFoundException("district", districtId));
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        // a company among the district's best n is among the best n of the chain it scores best in
        // the district's list is one ranking by score over all chains (the chain lists are the diverse ones)
        List<ChainRun> runs = gaps.diagnoseDistrict(districtId, asOf).stream().map(c -> new ChainRun(c, c.gaps(), false)).toList();
        Map<String, Lead> best = new java.util.LinkedHashMap<>();
        for (List<Lead> chainLeads : top(runs, list, district, n, asOf)) {
            for (Lead lead : chainLeads) {
                best.merge(lead.companyId(), lead, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Lead> leads = new ArrayList<>(best.values());
        leads.sort(LeadScorer.ORDER);
        return List.copyOf(leads.subList(0, Math.min(leads.size(), n)));
    }

    /** The sentence above a lead's parts: how its total is made and its usual range. */
    public String scoreScale(boolean english) {
        return english ? scorer.scaleEn() : scorer.scaleZh();
    }

    /** One chain's search for its best leads: the targets, what is scored so far, and how far to read. */
    private final class ChainRun {
        final ChainGaps diagnosis;
        final List<SegmentGap> targets;
        final Map<String, SegmentGap> byId;
        final Map<String, Lead> scored = new HashMap<>();
        /** Candidates read from the database, best bound first; all of them once {@link #complete}. */
        List<LeadQueries.Bound> bounds;
        boolean complete;
        /** How many of the bounds are scored so far, and after this round. */
        int scoredUpTo;
        int nextUpTo;
        boolean done;

        /** its list is made diverse across gap segments ({@link LeadScorer#diversify}) */
        final boolean diverse;

        ChainRun(ChainGaps diagnosis, List<SegmentGap> targets, boolean diverse) {
            this.diagnosis = diagnosis;
            this.targets = targets;
            this.diverse = diverse;
            this.byId = targets.stream().collect(Collectors.toMap(SegmentGap::segmentId, Function.identity()));
            this.done = targets.isEmpty();
        }

        /** The highest bound of a candidate not scored yet; none left: −∞. */
        double unreadMax() {
            if (scoredUpTo < bounds.size()) {
                return bounds.get(scoredUpTo).bound();
            }
            return complete || bounds.isEmpty() ? Double.NEGATIVE_INFINITY : bounds.getLast().bound();
        }

        List<Lead> best(int n) {
            return diversified(n).leads();
        }

        LeadScorer.Diversified diversified(int n) {
            List<Lead> leads = new ArrayList<>(scored.values());
            leads.sort(LeadScorer.ORDER);
            if (!diverse) {
                return new LeadScorer.Diversified(List.copyOf(leads.subList(0, Math.min(leads.size(), n))), true);
            }
            return scorer.diversify(leads, n);
        }
    }

    /**
     * The best n leads of each chain, exactly, without scoring every company of the chain's gaps (a
     * million-company registry has hundreds of thousands): the database sorts the candidates by an
     * upper bound of their score that needs no ties or penalties, the best are scored in full, and
     * the search stops once the n-th lead beats every bound not yet read (plus the most ties can add).
     */
    private List<List<Lead>> top(List<ChainRun> runs, String list, LeadQueries.District district, int n, AsOf asOf) {
        Map<String, LeadQueries.Facts> facts = new HashMap<>();
        Map<String, List<TieFact>> ties = new HashMap<>();
        // every part is in the bound (size, expansion and ties at their maxima); penalties only subtract
        double slack = ROUNDING;
        double restMax = scorer.chainRestMax();
        LeadScorer.Place place = district.place(asOf);
        List<ChainRun> pending = runs.stream().filter(r -> !r.done).toList();
        Map<String, Double> strengths = pending.isEmpty() ? Map.of() : queries.strengths(weights, asOf);
        int round = 0;
        while (!pending.isEmpty()) {
            Set<String> unread = new java.util.LinkedHashSet<>();
            for (ChainRun run : pending) {
                // the first round reads the best few; a chain that needs more reads all its bounds once
                if (round == 0) {
                    run.bounds = queries.candidateBounds(district, points(run.targets), list, weights, restMax, strengths, asOf, firstRead);
                    run.complete = run.bounds.size() < firstRead;
                } else if (!run.complete) {
                    run.bounds = queries.candidateBounds(district, points(run.targets), list, weights, restMax, strengths, asOf, Integer.MAX_VALUE);
                    run.complete = true;
                }
                run.nextUpTo = round == 0 ? run.bounds.size()
                        : (int) Math.min(run.bounds.size(), Math.max(1, run.scoredUpTo * 4L));
                run.bounds.subList(run.scoredUpTo, run.nextUpTo).stream().map(LeadQueries.Bound::companyId)
                        .filter(id -> !facts.containsKey(id)).forEach(unread::add);
            }
            if (!unread.isEmpty()) {
                List<String> ids = List.copyOf(unread);
                facts.putAll(queries.facts(district.id(), ids, weights.revenueUnits(), asOf));
                ids.forEach(id -> ties.put(id, new ArrayList<>()));
                queries.tiesOf(district.id(), null, ids, asOf).forEach(t -> ties.get(t.candidateId()).add(t));
            }
            for (ChainRun run : pending) {
                for (LeadQueries.Bound b : run.bounds.subList(run.scoredUpTo, run.nextUpTo)) {
                    lead(run, list, place, facts.get(b.companyId()), ties.getOrDefault(b.companyId(), List.of()))
                            .ifPresent(l -> run.scored.put(l.companyId(), l));
                }
                run.scoredUpTo = run.nextUpTo;
                // final once every lead shown beats every candidate not read (and, for a diverse list, the
                // window was filled within the cap: a capped window can still change with more candidates)
                LeadScorer.Diversified best = run.diversified(n);
                double unreadMax = run.unreadMax();
                double lowest = best.leads().stream().mapToDouble(Lead::score).min().orElse(Double.NEGATIVE_INFINITY);
                run.done = unreadMax == Double.NEGATIVE_INFINITY
                        || (best.leads().size() == n && best.windowFilled() && lowest > unreadMax + slack);
            }
            pending = pending.stream().filter(r -> !r.done).toList();
            round++;
        }
        return runs.stream().map(r -> r.best(n)).toList();
    }

    /** A target segment's gap points: what filling it is worth, before the fit. */
    private Map<String, Double> points(List<SegmentGap> targets) {
        Map<String, Double> points = new HashMap<>();
        targets.forEach(g -> points.put(g.segmentId(), weights.gapWeight() * g.severity()));
        return points;
    }

    /**
     * The candidate's lead in the run's chain, scored in full; empty when it is local, off the list, of a
     * kind that builds no plants, or fits no gap segment enough (a side line below the share floor, or a
     * segment one of its subsidiaries runs: there the subsidiary is the lead).
     */
    private Optional<Lead> lead(ChainRun run, String list, LeadScorer.Place place, LeadQueries.Facts f,
                                List<TieFact> ties) {
        String chainId = run.diagnosis.chainId();
        Map<String, SegmentGap> byId = run.byId;
        CandidateFacts c = f.candidate();
        if (c.local() || scorer.excludedKind(c) || (list != null && c.ranks().stream().noneMatch(r -> list.equals(r.list())))) {
            return Optional.empty();
        }
        // already present in the district (its group) or the city (its headquarters): the 二次招商 list's
        if ((weights.chainDropsGroupLocal() && c.groupLocal()) || scorer.inDistrictCity(c, place)) {
            return Optional.empty();
        }
        List<LeadQueries.Role> roles = f.roles().stream()
                .filter(r -> r.chainId().equals(chainId) && byId.containsKey(r.segmentId())
                        && !c.segmentsRunBySubsidiary().contains(r.segmentId())).toList();
        List<GapFit> fits = roles.stream().map(r -> fit(chainId, byId.get(r.segmentId()), r))
                .filter(scorer::fitsEnough)
                .sorted(Comparator.comparingDouble(GapFit::severity).reversed().thenComparing(GapFit::segmentId))
                .toList();
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        List<TieFact> myTies = ties.stream().sorted(LeadEvidence.tieOrder(scorer)).toList();
        List<ScorePart> parts = scorer.chainLead(c, fits, myTies, place);
        GapFit best = scorer.bestFit(fits).orElse(null);
        RankFact rank = scorer.strongest(c.ranks()).orElse(null);
        // the reason and the VIA: a verified tie of the plant or its group; peers of one buyer are shown in the part only
        TieFact tie = myTies.stream().filter(t -> !t.unverified() && t.kind() != TieKind.CO_SUPPLIER).findFirst().orElse(null);
        boolean reachable = parts.stream().anyMatch(p -> p.name().equals("proximity") && p.points() > 0);
        LeadExplainer.Why why = LeadExplainer.chainLead(c, rank, best, tie, reachable,
                scorer.nearReason(c, place).orElse(null), place.name(), place.nameEn());
        List<EvidencePath> paths = new ArrayList<>();
        if (best != null) {
            roles.stream().filter(r -> r.segmentId().equals(best.segmentId())).findFirst()
                    .ifPresent(r -> paths.add(r.path()));
            LeadEvidence.gap(byId.get(best.segmentId())).ifPresent(paths::add);
        }
        if (rank != null) {
            paths.add(LeadEvidence.ranked(c, rank));
        }
        myTies.stream().limit(LeadEvidence.MAX_TIE_PATHS).map(TieFact::path).forEach(paths::add);
        if (f.groupPath() != null) {
            paths.add(f.groupPath());
        }
        Lead.Via via = tie == null ? null : new Lead.Via(tie.viaId(), tie.viaName(), tie.viaNameEn(), tie.viaTier(),
                tie.viaLeading(), tie.kind(), tie.length());
        return Optional.of(new Lead(Lead.LeadKind.CHAIN, c.id(), c.name(), c.nameEn(), c.province(), c.country(),
                LeadScorer.total(parts), parts, fits, via, rank, why.zh(), why.en(), List.copyOf(paths)));
    }

    static GapFit fit(String chainId, SegmentGap gap, LeadQueries.Role role) {
        return new GapFit(chainId, gap.segmentId(), gap.name(), gap.nameEn(), gap.status(), gap.severity(), role.main(),
                role.share(), role.since(), gap.attractable());
    }
}
