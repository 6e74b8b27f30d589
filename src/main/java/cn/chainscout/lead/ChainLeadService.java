package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapProperties;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.SegmentGap;
import cn.chainscout.common.user.Roles;
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

    private final GapService gaps;
    private final LeadQueries queries;
    private final LeadScorer scorer;

    ChainLeadService(GapService gaps, LeadQueries queries, ScoringProperties weights, GapProperties gapProperties) {
        this.gaps = gaps;
        this.queries = queries;
        this.scorer = new LeadScorer(weights, gapProperties);
    }

    /**
     * @param segmentId one segment of the chain (any status), or null for all its gaps
     * @param list      FORTUNE_GLOBAL_500 / CHINA_TOP_500 / CHINA_PRIVATE_500 to keep only companies on it, or null
     * @throws NotFoundException for an unknown chain, or a segment not in the chain
     */
    public List<Lead> leads(String chainId, String segmentId, String list, int limit) {
        ChainGaps diagnosis = gaps.diagnose(chainId);
        LeadQueries.District district = queries.district(diagnosis.districtId()).orElseThrow();
        List<Lead> leads = leads(diagnosis, segmentId, list, district, tiesByCandidate(district.id()));
        return List.copyOf(leads.subList(0, Math.min(leads.size(), Math.clamp(limit, 1, MAX_LIMIT))));
    }

    /**
     * All gaps of every chain of the district: one lead per company, the chain where it scores best
     * (then the chain order) gives it.
     *
     * @throws NotFoundException for an unknown district
     */
    public List<Lead> leadsForDistrict(String districtId, String list, int limit) {
        LeadQueries.District district = queries.district(districtId)
                .orElseThrow(() -> new NotFoundException("district", districtId));
        // the ties of the district's firms are the same for every chain: gathered once
        Map<String, List<TieFact>> ties = tiesByCandidate(districtId);
        Map<String, Lead> best = new java.util.LinkedHashMap<>();
        for (ChainGaps chain : gaps.diagnoseDistrict(districtId)) {
            for (Lead lead : leads(chain, null, list, district, ties)) {
                best.merge(lead.companyId(), lead, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Lead> leads = new ArrayList<>(best.values());
        leads.sort(LeadScorer.ORDER);
        return List.copyOf(leads.subList(0, Math.min(leads.size(), Math.clamp(limit, 1, MAX_LIMIT))));
    }

    private Map<String, List<TieFact>> tiesByCandidate(String districtId) {
        return queries.ties(districtId, null).stream().collect(Collectors.groupingBy(TieFact::candidateId));
    }

    /** Every lead of the chain's gaps (or one segment), best first. */
    private List<Lead> leads(ChainGaps diagnosis, String segmentId, String list, LeadQueries.District district,
                             Map<String, List<TieFact>> ties) {
        String chainId = diagnosis.chainId();
        List<SegmentGap> targets = segmentId == null ? diagnosis.gaps()
                : List.of(diagnosis.segment(segmentId).orElseThrow(
                        () -> new NotFoundException("leaf segment in chain " + chainId, segmentId)));
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<String, SegmentGap> byId = targets.stream().collect(Collectors.toMap(SegmentGap::segmentId, Function.identity()));
        List<String> ids = queries.operators(List.copyOf(byId.keySet()));
        Map<String, LeadQueries.Facts> facts = queries.facts(district.id(), ids);
        Comparator<TieFact> tieOrder = LeadEvidence.tieOrder(scorer);
        List<Lead> leads = new ArrayList<>();
        for (String id : ids) {
            LeadQueries.Facts f = facts.get(id);
            CandidateFacts c = f.candidate();
            if (c.local() || (list != null && c.ranks().stream().noneMatch(r -> list.equals(r.list())))) {
                continue;
            }
            List<LeadQueries.Role> roles = f.roles().stream()
                    .filter(r -> r.chainId().equals(chainId) && byId.containsKey(r.segmentId())).toList();
            List<GapFit> fits = roles.stream().map(r -> fit(chainId, byId.get(r.segmentId()), r.main()))
                    .sorted(Comparator.comparingDouble(GapFit::severity).reversed().thenComparing(GapFit::segmentId))
                    .toList();
            List<TieFact> myTies = ties.getOrDefault(id, List.of()).stream().sorted(tieOrder).toList();
            List<ScorePart> parts = scorer.chainLead(c, fits, myTies, district.province());
            GapFit best = scorer.bestFit(fits).orElse(null);
            RankFact rank = scorer.strongest(c.ranks()).orElse(null);
            TieFact tie = myTies.isEmpty() ? null : myTies.getFirst();
            boolean reachable = parts.stream().anyMatch(p -> p.name().equals("reach") && p.points() > 0);
            LeadExplainer.Why why = LeadExplainer.chainLead(c, rank, best, tie, reachable, district.name(), district.nameEn());
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
            leads.add(new Lead(Lead.LeadKind.CHAIN, c.id(), c.name(), c.nameEn(), c.province(), c.country(),
                    LeadScorer.total(parts), parts, fits, via, rank, why.zh(), why.en(), List.copyOf(paths)));
        }
        leads.sort(LeadScorer.ORDER);
        return leads;
    }

    static GapFit fit(String chainId, SegmentGap gap, boolean main) {
        return new GapFit(chainId, gap.segmentId(), gap.name(), gap.nameEn(), gap.status(), gap.severity(), main);
    }
}
