package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.gap.GapProperties;

/**
 * The lead score, pure: facts in, named parts out; the total is their sum. Nothing here reads the
 * graph, so every rule can be checked with plain records. Parts always come in the same order and
 * are present even when 0, so two leads can be compared part by part.
 */
public final class LeadScorer {

    /** Score desc, then the better list rank (none last), then company id: the same graph gives the same order. */
    public static final Comparator<Lead> ORDER = Comparator.comparingDouble(Lead::score).reversed()
            .thenComparingLong(l -> l.bestRank() == null ? Long.MAX_VALUE : l.bestRank().rank())
            .thenComparing(Lead::companyId);

    private final ScoringProperties w;
    private final GapProperties gaps;

    public LeadScorer(ScoringProperties weights, GapProperties gaps) {
        this.w = weights;
        this.gaps = gaps;
    }

    /** 产业链招商: gap, strength, fit, ties, reach, alreadyLocal, inPipeline. */
    public List<ScorePart> chainLead(CandidateFacts c, List<GapFit> fits, List<TieFact> ties, String homeProvince) {
        List<ScorePart> parts = new ArrayList<>();
        Optional<GapFit> best = bestFit(fits);
        parts.add(best.map(f -> part("gap", w.gapWeight() * f.severity(),
                        f.status() + " " + f.segmentName() + ": severity " + f.severity() + " × " + w.gapWeight()))
                .orElse(part("gap", 0, "fills no gap")));
        parts.add(strength(c));
        parts.add(best.map(f -> f.main() ? part("fit", w.fitMain(), "main business in " + f.segmentName())
                        : part("fit", w.fitSide(), "side line in " + f.segmentName()))
                .orElse(part("fit", 0, "no segment")));
        Map<String, Double> perLocalFirm = new HashMap<>();
        for (TieFact t : ties) {
            perLocalFirm.merge(t.viaId(), tieValue(t), Math::max);
        }
        double tiePoints = Math.min(w.chainTieCap(),
                w.chainTieWeight() * perLocalFirm.values().stream().mapToDouble(Double::doubleValue).sum());
        parts.add(part("ties", tiePoints, perLocalFirm.isEmpty() ? "no tie to a local firm"
                : "Σ tie strength / path length × local firm size / " + w.tieSizeReference() + " over "
                + perLocalFirm.size() + " local firm(s), cap " + w.chainTieCap()));
        parts.add(reach(c, homeProvince));
        parts.addAll(penalties(c));
        return List.copyOf(parts);
    }

    /** 以商招商: tie, path, localSize, strength, gap, reach, alreadyLocal, inPipeline. */
    public List<ScorePart> businessLead(CandidateFacts c, TieFact tie, List<GapFit> fits, String homeProvince) {
        List<ScorePart> parts = new ArrayList<>();
        double strength = tieStrength(tie);
        parts.add(part("tie", strength, tie.kind() + (tie.unverified() ? " (unverified × " + w.unverifiedFactor() + ")" : "")));
        parts.add(part("path", w.pathWeight() / tie.length(), tie.length() + " step(s): " + w.pathWeight() + " / " + tie.length()));
        double size = gaps.firmSize(tie.viaTier(), tie.viaLeading());
        parts.add(part("localSize", w.localSizeWeight() * size, tie.viaName() + ": tier " + (tie.viaTier() == null ? "unknown" : tie.viaTier())
                + (tie.viaLeading() ? ", leading" : "") + " = " + size));
        parts.add(strength(c));
        Optional<GapFit> best = bestFit(fits);
        parts.add(best.map(f -> part("gap", w.gapWeight() * f.severity(),
                        f.status() + " " + f.segmentName() + ": severity " + f.severity() + " × " + w.gapWeight()))
                .orElse(part("gap", 0, "fills no gap")));
        parts.add(reach(c, homeProvince));
        parts.addAll(penalties(c));
        return List.copyOf(parts);
    }

    /** What a business lead gets from its tie alone: the tie, path and local-size parts together. */
    double businessTiePoints(TieKind kind, boolean unverified, int length, String viaTier, boolean viaLeading) {
        return w.tieWeight(kind) * (unverified ? w.unverifiedFactor() : 1) + w.pathWeight() / length
                + w.localSizeWeight() * gaps.firmSize(viaTier, viaLeading);
    }

    public static double total(List<ScorePart> parts) {
        return round(parts.stream().mapToDouble(ScorePart::points).sum());
    }

    /** The segment worth most: gap points plus fit points, then the smaller segment id. */
    public Optional<GapFit> bestFit(List<GapFit> fits) {
        return fits.stream()
                .max(Comparator.comparingDouble((GapFit f) -> w.gapWeight() * f.severity() + (f.main() ? w.fitMain() : w.fitSide()))
                        .thenComparing(GapFit::segmentId, Comparator.reverseOrder()));
    }

    /** Per list the latest year counts; the strongest list place wins. */
    public Optional<RankFact> strongest(List<RankFact> ranks) {
        Map<String, RankFact> latest = new HashMap<>();
        for (RankFact r : ranks) {
            latest.merge(r.list(), r, (a, b) -> a.year() >= b.year() ? a : b);
        }
        return latest.values().stream().max(Comparator.comparingDouble(this::listPoints)
                .thenComparing(RankFact::rank, Comparator.reverseOrder())
                .thenComparing(RankFact::rankingId, Comparator.reverseOrder()));
    }

    /** A path's worth to a chain lead: shorter and to a bigger local firm is better. */
    double tieValue(TieFact t) {
        return tieStrength(t) / t.length() * gaps.firmSize(t.viaTier(), t.viaLeading()) / w.tieSizeReference();
    }

    double tieStrength(TieFact t) {
        return w.tieWeight(t.kind()) * (t.unverified() ? w.unverifiedFactor() : 1);
    }

    private double listPoints(RankFact r) {
        return Math.max(0, w.listWeight(r.list()) * (w.listSize() + 1 - r.rank()) / w.listSize());
    }

    private ScorePart strength(CandidateFacts c) {
        return strongest(c.ranks()).map(r -> part("strength", listPoints(r),
                        r.list() + " " + r.year() + " rank " + r.rank() + ": " + w.listWeight(r.list()) + " × ("
                                + (w.listSize() + 1) + " − " + r.rank() + ") / " + w.listSize()))
                .orElse(part("strength", 0, "on no list"));
    }

    private ScorePart reach(CandidateFacts c, String homeProvince) {
        String province = c.province();
        if (province != null && province.equals(homeProvince)) {
            return part("reach", w.reachHome(), "headquarters in " + province);
        }
        if (province != null && w.regionProvinces().contains(province)) {
            return part("reach", w.reachRegion(), "headquarters in " + province + " (region)");
        }
        return part("reach", 0, province == null ? "headquarters not known" : "headquarters in " + province);
    }

    private List<ScorePart> penalties(CandidateFacts c) {
        ScorePart local = c.local() ? part("alreadyLocal", -w.penaltyLocal(), "already a local firm")
                : c.groupLocal() ? part("alreadyLocal", -w.penaltyGroupLocal(), "a company of its group is already local")
                : part("alreadyLocal", 0, "not local");
        ScorePart pipeline = c.inPipeline() ? part("inPipeline", -w.penaltyPipeline(), "a live lead already targets it")
                : part("inPipeline", 0, "not in the pipeline");
        return List.of(local, pipeline);
    }

    private static ScorePart part(String name, double points, String basis) {
        return new ScorePart(name, round(points), basis);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
