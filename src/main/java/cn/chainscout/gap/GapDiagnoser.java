package cn.chainscout.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagnosis rules, pure: facts gathered by {@link GapQueries} in, statuses and numbers out.
 * Only leaf segments get a status; a group segment (one with parts) is a heading, not a link.
 */
final class GapDiagnoser {

    /** What the graph says about a chain: its segments and which local firms supply which ("a>b"). */
    record ChainFacts(String chainId, String name, String nameEn, String districtId, String districtName,
                      String districtNameEn, String province, List<SegmentFacts> segments, Set<String> localSupplies) {
    }

    /** One segment of the chain; feeds = ids of the segments it FEEDS. */
    record SegmentFacts(String id, String name, String nameEn, String stage, boolean key, String parentName,
                        String parentNameEn, boolean leaf, List<FirmRef> localFirms, List<String> feeds,
                        long candidateCount) {
    }

    static ChainGaps diagnose(ChainFacts facts, GapProperties p) {
        Map<String, SegmentFacts> byId = new LinkedHashMap<>();
        facts.segments().forEach(s -> byId.put(s.id(), s));
        List<SegmentGap> result = new ArrayList<>();
        for (SegmentFacts s : facts.segments()) {
            if (!s.leaf()) {
                continue;
            }
            List<SegmentGap.Demand> demand = new ArrayList<>();
            Set<String> demandFirms = new HashSet<>();
            double demandSize = 0;
            for (String target : s.feeds()) {
                SegmentFacts t = byId.get(target);
                if (t == null) {
                    continue;
                }
                for (FirmRef firm : t.localFirms()) {
                    demand.add(new SegmentGap.Demand(t.id(), t.name(), t.nameEn(), firm));
                    if (demandFirms.add(firm.id())) {
                        demandSize += p.firmSize(firm.tier(), firm.leading());
                    }
                }
            }
            // demand further down: local firms reached through two or more FEEDS steps (each firm once, nearest counts)
            List<FirmRef> indirect = new ArrayList<>();
            double indirectSize = 0;
            for (SegmentFacts t : downstream(s, byId)) {
                for (FirmRef firm : t.localFirms()) {
                    if (demandFirms.add(firm.id())) {
                        indirect.add(firm);
                        indirectSize += p.firmSize(firm.tier(), firm.leading());
                    }
                }
            }
            boolean needed = s.key() || !demand.isEmpty() || !indirect.isEmpty();
            double importance = 1 + (s.key() ? p.keyBonus() : 0) + p.demandWeight() * demandSize
                    + p.indirectDemandWeight() * indirectSize;
            List<FirmRef> local = s.localFirms();
            // in-house (the same firm makes the input and the output) counts as tied
            boolean tied = demand.stream().anyMatch(d -> local.stream().anyMatch(l -> l.id().equals(d.firm().id())
                    || facts.localSupplies().contains(l.id() + ">" + d.firm().id())));
            GapStatus status = status(p, local, needed, !demand.isEmpty(), tied);
            List<FirmRef> fed = demand.stream().map(SegmentGap.Demand::firm).filter(distinctById()).toList();
            boolean attractable = p.attractable(s.id());
            result.add(new SegmentGap(s.id(), s.name(), s.nameEn(), s.stage(), s.parentName(), s.parentNameEn(),
                    s.key(), needed, status, round(importance), round(p.statusWeight(status) * importance),
                    List.copyOf(local), List.copyOf(demand), round(demandSize), tied, s.candidateCount(),
                    reasonZh(s, local, fed, indirect, status, p, attractable), reasonEn(s, local, fed, indirect, status, p, attractable),
                    List.copyOf(indirect), attractable));
        }
        // gaps a district can fill first; those almost none can attract after them, still in view
        result.sort(Comparator.comparingInt((SegmentGap g) -> g.status().isGap() ? (g.attractable() ? 0 : 1) : 2)
                .thenComparing(Comparator.comparingDouble(SegmentGap::severity).reversed())
                .thenComparing(SegmentGap::status)
                .thenComparing(SegmentGap::segmentId));
        Map<GapStatus, Long> counts = new EnumMap<>(GapStatus.class);
        for (GapStatus status : GapStatus.values()) {
            counts.put(status, result.stream().filter(g -> g.status() == status).count());
        }
        return new ChainGaps(facts.chainId(), facts.name(), facts.nameEn(), facts.districtId(), facts.districtName(),
                facts.districtNameEn(), facts.province(), completeness(result, p), counts, List.copyOf(result));
    }

    /** Segments two or more FEEDS steps below {@code s}, nearest first, each once (FEEDS may loop). */
    private static List<SegmentFacts> downstream(SegmentFacts s, Map<String, SegmentFacts> byId) {
        Set<String> seen = new HashSet<>(s.feeds());
        seen.add(s.id());
        List<SegmentFacts> result = new ArrayList<>();
        List<String> frontier = new ArrayList<>(s.feeds());
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                SegmentFacts t = byId.get(id);
                if (t == null) {
                    continue;
                }
                for (String further : t.feeds()) {
                    if (seen.add(further) && byId.containsKey(further)) {
                        result.add(byId.get(further));
                        next.add(further);
                    }
                }
            }
            frontier = next;
        }
        return result;
    }

    private static java.util.function.Predicate<FirmRef> distinctById() {
        Set<String> seen = new HashSet<>();
        return f -> seen.add(f.id());
    }

    private static String reasonZh(SegmentFacts s, List<FirmRef> local, List<FirmRef> demand, List<FirmRef> indirect,
                                   GapStatus status, GapProperties p, boolean attractable) {
        List<String> parts = new ArrayList<>();
        if (s.key()) {
            parts.add("关键环节（或园区主导方向）");
        }
        if (!demand.isEmpty()) {
            parts.add("下游本地需求：" + names(demand, "、", false));
        }
        if (!indirect.isEmpty()) {
            parts.add("经多级上下游间接需求：" + names(indirect, "、", false));
        }
        if (!attractable) {
            parts.add(p.unattractableZh(s.id()) + "，仅作参考");
        }
        parts.add(local.isEmpty() ? "本地无企业" : "本地企业" + local.size() + "家（" + names(local, "、", false) + "）");
        switch (status) {
            case BROKEN -> parts.add("均未向下游本地企业供货");
            case WEAK -> parts.add("少于" + p.weakMinFirms() + "家且无" + p.strongTier() + "级以上企业");
            case NOT_NEEDED -> parts.add("非关键且不直接或间接向本地企业供货");
            default -> { }
        }
        return String.join("；", parts) + " → " + status.zh();
    }

    private static String reasonEn(SegmentFacts s, List<FirmRef> local, List<FirmRef> demand, List<FirmRef> indirect,
                                   GapStatus status, GapProperties p, boolean attractable) {
        List<String> parts = new ArrayList<>();
        if (s.key()) {
            parts.add("key segment (or a park's theme)");
        }
        if (!demand.isEmpty()) {
            parts.add("feeds local firms " + names(demand, ", ", true));
        }
        if (!indirect.isEmpty()) {
            parts.add("reaches local firms further down " + names(indirect, ", ", true));
        }
        if (!attractable) {
            parts.add(p.unattractableEn(s.id()) + ", for reference only");
        }
        parts.add(local.isEmpty() ? "no local firm" : local.size() + " local firm(s) (" + names(local, ", ", true) + ")");
        switch (status) {
            case BROKEN -> parts.add("none supplies the local firms downstream");
            case WEAK -> parts.add("fewer than " + p.weakMinFirms() + " and none of the " + GapProperties.tierEn(p.strongTier()) + " tier or above");
            case NOT_NEEDED -> parts.add("not key and feeds no local firm, directly or further down");
            default -> { }
        }
        return String.join("; ", parts) + " → " + status.en();
    }

    private static String names(List<FirmRef> firms, String separator, boolean english) {
        return String.join(separator, firms.stream()
                .map(f -> english && f.nameEn() != null ? f.nameEn() : f.name()).toList());
    }

    /** hasDemand / tied concern the direct inputs only: a firm two steps up cannot supply a firm directly. */
    static GapStatus status(GapProperties p, List<FirmRef> local, boolean needed, boolean hasDemand, boolean tied) {
        if (local.isEmpty()) {
            return needed ? GapStatus.MISSING : GapStatus.NOT_NEEDED;
        }
        if (!needed) {
            return GapStatus.COVERED;
        }
        if (hasDemand && !tied) {
            return GapStatus.BROKEN;
        }
        int strong = GapProperties.tierRank(p.strongTier());
        boolean anyStrong = local.stream().anyMatch(f -> GapProperties.tierRank(f.tier()) >= strong && strong > 0);
        if (local.size() < p.weakMinFirms() && !anyStrong) {
            return GapStatus.WEAK;
        }
        return GapStatus.COVERED;
    }

    /** 1 − Σ severity / Σ (missing weight × importance) over the needed segments; 1 when none is needed. */
    static double completeness(List<SegmentGap> segments, GapProperties p) {
        double worst = 0;
        double actual = 0;
        for (SegmentGap s : segments) {
            if (s.needed()) {
                worst += p.missingWeight() * s.importance();
                actual += s.severity();
            }
        }
        return worst == 0 ? 1.0 : Math.round((1 - actual / worst) * 10_000) / 10_000.0;
    }

    /**
     * The facts as they would be if the company were a local firm: it joins the segments it operates
     * in, keeps its supply ties to local firms and, when so configured, supplies the local firms its
     * segments feed (that is why one would attract it).
     */
    static ChainFacts withLanding(ChainFacts facts, FirmRef newcomer, Set<String> segmentIds, Set<String> supplies,
                                  boolean assumeSupply) {
        Set<String> allSupplies = new HashSet<>(facts.localSupplies());
        allSupplies.addAll(supplies);
        List<SegmentFacts> segments = new ArrayList<>();
        for (SegmentFacts s : facts.segments()) {
            if (segmentIds.contains(s.id()) && s.localFirms().stream().noneMatch(f -> f.id().equals(newcomer.id()))) {
                List<FirmRef> firms = new ArrayList<>(s.localFirms());
                firms.add(newcomer);
                segments.add(new SegmentFacts(s.id(), s.name(), s.nameEn(), s.stage(), s.key(), s.parentName(),
                        s.parentNameEn(), s.leaf(), List.copyOf(firms), s.feeds(), Math.max(0, s.candidateCount() - 1)));
            } else {
                segments.add(s);
            }
        }
        if (assumeSupply) {
            Map<String, SegmentFacts> byId = new LinkedHashMap<>();
            segments.forEach(s -> byId.put(s.id(), s));
            for (String id : segmentIds) {
                SegmentFacts s = byId.get(id);
                if (s == null) {
                    continue;
                }
                for (String target : s.feeds()) {
                    SegmentFacts t = byId.get(target);
                    if (t != null) {
                        t.localFirms().forEach(f -> allSupplies.add(newcomer.id() + ">" + f.id()));
                    }
                }
            }
        }
        return new ChainFacts(facts.chainId(), facts.name(), facts.nameEn(), facts.districtId(), facts.districtName(),
                facts.districtNameEn(), facts.province(), List.copyOf(segments), Set.copyOf(allSupplies));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private GapDiagnoser() {
    }
}
