package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.chainscout.common.NotFoundException;
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
        LeadQueries.District district = queries.districtOfLocalFirm(localFirmId)
                .orElseThrow(() -> new NotFoundException("local firm", localFirmId));
        return leads(district, List.of(localFirmId), limit);
    }

    /** Through all leading firms 龙头 of the district. */
    public List<Lead> leadsViaLeadingFirms(String districtId, int limit) {
        LeadQueries.District district = queries.district(districtId)
                .orElseThrow(() -> new NotFoundException("district", districtId));
        return leads(district, queries.leadingFirms(districtId), limit);
    }

    /**
     * The best leads through the given local firms, exactly, without reading every tied company in
     * full (a hub firm of a large registry has tens of thousands): candidates are ordered by an upper
     * bound (what their best tie gives, their list strength, the best gap and reach anyone can have),
     * scored in full in that order, and the search stops once the n-th lead beats every bound left.
     */
    private List<Lead> leads(LeadQueries.District district, List<String> vias, int limit) {
        if (vias.isEmpty()) {
            return List.of();
        }
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        Map<String, GapFitSource> gapSegments = new HashMap<>();
        for (ChainGaps chain : gaps.diagnoseDistrict(district.id())) {
            chain.gaps().forEach(g -> gapSegments.put(g.segmentId(), new GapFitSource(chain.chainId(), g)));
        }
        Map<String, Double> points = new HashMap<>();
        gapSegments.forEach((id, g) -> points.put(id, weights.gapWeight() * g.gap().severity()));
        // a candidate's best tie plus the most it can get besides (the same on each of its ties)
        Map<String, Double> bound = new HashMap<>();
        for (LeadQueries.TieBound t : queries.tieBounds(district, vias, weights, points)) {
            bound.merge(t.candidateId(), scorer.businessTiePoints(t.kind(), t.unverified(), t.length(), t.viaTier(),
                    t.viaLeading()) + t.restBound(), Math::max);
        }
        List<String> order = bound.keySet().stream()
                .sorted(Comparator.comparing((String id) -> bound.get(id)).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        double slack = Math.max(0, -weights.penaltyGroupLocal()) + Math.max(0, -weights.penaltyPipeline()) + ROUNDING;
        List<Lead> leads = new ArrayList<>();
        int from = 0;
        int read = firstRead;
        while (from < order.size()) {
            List<String> ids = order.subList(from, (int) Math.min(order.size(), (long) from + read));
            leads.addAll(score(district, vias, ids, gapSegments));
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
    private List<Lead> score(LeadQueries.District district, List<String> vias, List<String> ids,
                             Map<String, GapFitSource> gapSegments) {
        List<TieFact> ties = queries.tiesOf(district.id(), vias, ids);
        Map<String, List<TieFact>> byCandidate = ties.stream().collect(Collectors.groupingBy(TieFact::candidateId));
        Map<String, LeadQueries.Facts> facts = queries.facts(district.id(), ids);
        Comparator<TieFact> tieOrder = LeadEvidence.tieOrder(scorer);
        List<Lead> leads = new ArrayList<>();
        for (String id : ids) {
            LeadQueries.Facts f = facts.get(id);
            CandidateFacts c = f.candidate();
            List<GapFit> fits = f.roles().stream().filter(r -> gapSegments.containsKey(r.segmentId()))
                    .map(r -> ChainLeadService.fit(gapSegments.get(r.segmentId()).chainId(),
                            gapSegments.get(r.segmentId()).gap(), r.main()))
                    .sorted(Comparator.comparingDouble(GapFit::severity).reversed().thenComparing(GapFit::segmentId))
                    .toList();
            List<TieFact> myTies = byCandidate.get(id).stream().sorted(tieOrder).toList();
            // the path that scores best (then the fixed tie order) is the lead's VIA
            TieFact tie = null;
            List<ScorePart> parts = null;
            for (TieFact t : myTies) {
                List<ScorePart> p = scorer.businessLead(c, t, fits, district.province());
                if (parts == null || LeadScorer.total(p) > LeadScorer.total(parts)) {
                    tie = t;
                    parts = p;
                }
            }
            GapFit best = scorer.bestFit(fits).orElse(null);
            RankFact rank = scorer.strongest(c.ranks()).orElse(null);
            LeadExplainer.Why why = LeadExplainer.businessLead(c, rank, tie, best, district.name(), district.nameEn());
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
