package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.chainscout.gap.GapProperties;

/**
 * The lead score, pure: facts in, named parts out; the total is their sum. Each part carries one
 * plain sentence per language saying what it rewards and how many points it gave. Nothing here reads
 * the graph, so every rule can be checked with plain records. Parts always come in the same order and
 * are present even when 0, so two leads can be compared part by part.
 */
public final class LeadScorer {

    /** Score desc, then the better list rank (none last), then company id: the same graph gives the same order. */
    public static final Comparator<Lead> ORDER = Comparator.comparingDouble(Lead::score).reversed()
            .thenComparingLong(l -> l.bestRank() == null ? Long.MAX_VALUE : l.bestRank().rank())
            .thenComparing(Lead::companyId);

    /**
     * Where and when the leads are for.
     *
     * @param year the year asked about: expansion signals count up to it
     */
    public record Place(String province, String name, String nameEn, String city, int year) {

        public Place(String province, String name, String nameEn, int year) {
            this(province, name, nameEn, null, year);
        }
    }

    private final ScoringProperties w;
    private final GapProperties gaps;

    public LeadScorer(ScoringProperties weights, GapProperties gaps) {
        this.w = weights;
        this.gaps = gaps;
    }

    /** The share the score uses: the figure, else what "main business" / "side line" stands for. */
    public double share(GapFit f) {
        return f.share() != null ? f.share() : f.main() ? w.assumedMainShare() : w.assumedSideShare();
    }

    /** A segment where the company's share is below the floor does not make it a chain lead. */
    public boolean fitsEnough(GapFit f) {
        return share(f) >= w.fitFloor();
    }

    // an A-share under the exchange's risk warning (*ST, ST): in financial distress, not building plants
    private static final java.util.regex.Pattern RISK_WARNING = java.util.regex.Pattern.compile("^\\*?ST\\p{IsHan}");

    /**
     * Kinds that do not build plants in a manufacturing chain (design houses, banks, retailers …), and
     * listed companies under risk warning: neither is a chain or business lead.
     */
    public boolean excludedKind(CandidateFacts c) {
        return (c.kind() != null && w.excludedKinds().contains(c.kind()))
                || (c.name() != null && RISK_WARNING.matcher(c.name()).find());
    }

    /**
     * Headquartered in the district's own city (长沙市 for 望城区): a move there is an expansion inside the
     * city (二次招商), not an inbound investment; with city-firms-to-expansion it leaves the inbound lists.
     */
    public boolean inDistrictCity(CandidateFacts c, Place place) {
        return w.cityFirmsToExpansion() && sameCity(c.city(), place.city());
    }

    static boolean sameCity(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        String x = a.strip().replaceFirst("市$", "");
        String y = b.strip().replaceFirst("市$", "");
        return x.equals(y);
    }

    /** The gap segment a lead is listed for: its best fit's. */
    String segmentOf(Lead lead) {
        return bestFit(lead.fills()).map(GapFit::segmentId).orElse("");
    }

    /**
     * A chain list in score order, made diverse: among the first diversity-window places at most
     * diversity-per-segment leads of one gap segment; the leads over the cap follow the window in
     * score order. When too few segments fill the window, the leads over the cap fill it.
     *
     * @param sorted every scored lead, in {@link #ORDER}
     * @return the first n, and whether the window was filled within the cap (else only the full set is final)
     */
    Diversified diversify(List<Lead> sorted, int n) {
        int window = Math.min(n, w.diversityWindow());
        int cap = w.diversityPerSegment();
        if (cap == 0 || window == 0) {
            return new Diversified(List.copyOf(sorted.subList(0, Math.min(n, sorted.size()))), true);
        }
        List<Lead> top = new ArrayList<>();
        Map<String, Integer> perSegment = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Lead l : sorted) {
            if (top.size() == window) {
                break;
            }
            String segment = segmentOf(l);
            if (perSegment.getOrDefault(segment, 0) < cap) {
                perSegment.merge(segment, 1, Integer::sum);
                top.add(l);
                taken.add(l.companyId());
            }
        }
        boolean filled = top.size() == window;
        for (Lead l : sorted) {
            if (top.size() == n) {
                break;
            }
            if (!taken.contains(l.companyId())) {
                top.add(l);
            }
        }
        return new Diversified(List.copyOf(top), filled);
    }

    record Diversified(List<Lead> leads, boolean windowFilled) {
    }

    /** 产业链招商: gap, fit, size, proximity, ties, expansion, strength, notRealistic, alreadyLocal, inPipeline. */
    public List<ScorePart> chainLead(CandidateFacts c, List<GapFit> fits, List<TieFact> ties, Place place) {
        List<ScorePart> parts = new ArrayList<>();
        Optional<GapFit> best = bestFit(fits);
        placeParts(parts, c, best, place);
        parts.add(ties(ties));
        parts.add(expansion(best, place));
        return closingParts(parts, c, best);
    }

    /** 以商招商 through one tie: tie, path, localSize, gap, fit, size, proximity, strength, notRealistic, alreadyLocal, inPipeline. */
    public List<ScorePart> businessLead(CandidateFacts c, TieFact tie, List<GapFit> fits, Place place) {
        List<ScorePart> parts = new ArrayList<>();
        String how = LeadExplainer.tieZh(tie);
        String howEn = LeadExplainer.tieEn(tie);
        if (tie.unverified()) {
            parts.add(part("tie", 0, "其" + how + "，该关系未经核实，不计分。", "It " + howEn + "; the relation is not verified and scores nothing."));
            parts.add(part("path", 0, "未核实的关系不计路径分。", "An unverified relation scores no path points."));
            parts.add(part("localSize", 0, "未核实的关系不计本地企业规模分。", "An unverified relation scores no local-firm size points."));
        } else {
            double strength = tieStrength(tie);
            parts.add(part("tie", strength, "其" + how + "，得" + n(strength) + "分。", "It " + howEn + ": " + n(strength) + " points."));
            if (tie.kind() == TieKind.NEEDS) {
                parts.add(part("path", 0, "按产业链上下游推断的配套，没有企业间的关系路径，不计路径分。",
                        "Inferred from the chain, with no path between the companies: no path points."));
            } else {
                double path = w.pathWeight() / tie.length();
                parts.add(part("path", path, "与本地企业相隔" + tie.length() + "层关系，越近分越高，得" + n(path) + "分。",
                        tie.length() + " step(s) from the local firm, fewer is better: " + n(path) + " points."));
            }
            double size = w.localSizeWeight() * gaps.firmSize(tie.viaTier(), tie.viaLeading());
            parts.add(part("localSize", size, "经由的本地企业" + tie.viaShort() + (tie.viaTier() == null ? "规模不详" : "为" + tie.viaTier() + "级企业")
                            + (tie.viaLeading() ? "、是龙头企业" : "") + "，得" + n(size) + "分。",
                    "The local firm " + en(tie.viaNameEn(), tie.viaName()) + (tie.viaTier() == null ? " is of unknown size" : " is of the " + cn.chainscout.gap.GapProperties.tierEn(tie.viaTier()) + " tier")
                            + (tie.viaLeading() ? " and a leading firm" : "") + ": " + n(size) + " points."));
        }
        Optional<GapFit> best = bestFit(fits);
        placeParts(parts, c, best, place);
        return closingParts(parts, c, best);
    }

    /** The parts every lead has first: the gap it fills, its fit there, its size and where it is. */
    private void placeParts(List<ScorePart> parts, CandidateFacts c, Optional<GapFit> best, Place place) {
        parts.add(gap(best, place));
        parts.add(fit(best));
        parts.add(size(c));
        parts.add(proximity(c, place));
    }

    /** … and last: list strength, whether the gap is attractable, and the penalties. */
    private List<ScorePart> closingParts(List<ScorePart> parts, CandidateFacts c, Optional<GapFit> best) {
        parts.add(strength(c));
        parts.add(notRealistic(best));
        parts.addAll(penalties(c));
        return List.copyOf(parts);
    }

    /**
     * 二次招商: a group already present that could add a project. Its local presence is the reason,
     * not a penalty: gap, fit, size, proximity, expansion, strength, notRealistic, inPipeline.
     */
    public List<ScorePart> expansionLead(CandidateFacts c, List<GapFit> fits, Place place) {
        List<ScorePart> parts = new ArrayList<>();
        Optional<GapFit> best = bestFit(fits);
        parts.add(gap(best, place));
        parts.add(fit(best));
        parts.add(size(c));
        parts.add(proximity(c, place));
        parts.add(expansion(best, place));
        parts.add(strength(c));
        parts.add(notRealistic(best));
        parts.add(penalties(c).getLast());
        return List.copyOf(parts);
    }

    /** What a business lead gets from its tie alone: the tie, path and local-size parts together. */
    double businessTiePoints(TieKind kind, boolean unverified, int length, int hops, String viaTier, boolean viaLeading) {
        if (unverified) {
            return 0;
        }
        return w.tieWeight(kind) * (hops > 0 ? w.groupTieFactor() : 1) + w.pathWeight() / length
                + w.localSizeWeight() * gaps.firmSize(viaTier, viaLeading);
    }

    /** The most a business lead can get besides its tie, gap and list strength: fit, size and proximity at best. */
    double businessRestMax() {
        return w.fitWeight() + w.sizeMax() + w.proximityMax();
    }

    /** The most a chain lead can get besides gap + fit, list strength and proximity (computed per candidate). */
    double chainRestMax() {
        return w.sizeMax() + w.expansionPoints() + w.chainTieCap();
    }

    public static double total(List<ScorePart> parts) {
        return round(parts.stream().mapToDouble(ScorePart::points).sum());
    }

    /** Points of gap and fit together for one segment: what the database sorts candidates by. */
    double gapFitPoints(GapFit f) {
        return w.gapWeight() * f.severity() + w.fitWeight() * share(f);
    }

    /** The segment worth most: an attractable one first, then gap + fit points, then the smaller segment id. */
    public Optional<GapFit> bestFit(List<GapFit> fits) {
        return fits.stream()
                .max(Comparator.comparing(GapFit::attractable)
                        .thenComparingDouble(this::gapFitPoints)
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

    /** A tie's worth to a chain lead: a direct tie of the plant counts fully, its group's less, unverified not at all. */
    double tieValue(TieFact t) {
        return tieStrength(t);
    }

    double tieStrength(TieFact t) {
        if (t.unverified()) {
            return 0;
        }
        return w.tieWeight(t.kind()) * (t.hops() > 0 ? w.groupTieFactor() : 1);
    }

    double listPoints(RankFact r) {
        return Math.max(0, w.listWeight(r.list()) * (w.listSize() + 1 - r.rank()) / w.listSize());
    }

    /**
     * Size fit: full points inside the band (firms that carry the district's typical project), less in proportion
     * below it (too small); above it falling with the logarithm of the revenue to a deduction at giant size (a
     * district's project is a side bet of such a group), and no lower beyond.
     */
    double sizePoints(Double revenueYi) {
        if (revenueYi == null) {
            return w.sizeUnknown();
        }
        if (revenueYi < w.sizeBandLowYi()) {
            return w.sizeMax() * Math.max(0, revenueYi) / w.sizeBandLowYi();
        }
        if (revenueYi <= w.sizeBandHighYi()) {
            return w.sizeMax();
        }
        double t = Math.min(1, Math.log(revenueYi / w.sizeBandHighYi()) / Math.log(w.sizeGiantYi() / w.sizeBandHighYi()));
        return w.sizeMax() - (w.sizeMax() + w.sizeGiantPoints()) * t;
    }

    /** Points for the provinces of its plants and headquarters, and the region of its headquarters. */
    double proximityPoints(CandidateFacts c, String home) {
        return proximityBase(c, home) + (w.regionOf(c.province()) != null ? w.recruitRegion() : 0);
    }

    private double proximityBase(CandidateFacts c, String home) {
        Set<String> provinces = provinces(c);
        if (home != null && provinces.contains(home)) {
            return w.proximityHome();
        }
        return provinces.stream().anyMatch(w.neighbourProvinces()::contains) ? w.proximityNeighbour() : 0;
    }

    private static Set<String> provinces(CandidateFacts c) {
        Set<String> provinces = new LinkedHashSet<>();
        if (c.province() != null && !c.province().isBlank()) {
            provinces.add(c.province());
        }
        provinces.addAll(c.plantProvinces());
        return provinces;
    }

    private ScorePart gap(Optional<GapFit> best, Place place) {
        return best.map(f -> {
            double points = w.gapWeight() * f.severity();
            return part("gap", points, "填补" + place.name() + f.status().zh() + "环节「" + f.segmentName() + "」（缺口程度"
                            + n(f.severity()) + "），得" + n(points) + "分。",
                    "Fills “" + en(f.segmentNameEn(), f.segmentName()) + "”, " + f.status().en() + " in "
                            + en(place.nameEn(), place.name()) + " (gap severity " + n(f.severity()) + "): " + n(points) + " points.");
        }).orElse(part("gap", 0, "不填补本区的缺口环节，不得分。", "Fills no gap of the district: 0 points."));
    }

    private ScorePart fit(Optional<GapFit> best) {
        return best.map(f -> {
            double share = share(f);
            double points = w.fitWeight() * share;
            String known = f.share() != null ? "该环节约占其主营收入的" + percent(share) + (f.main() ? "" : "（兼营）")
                    : f.main() ? "该环节是其主营业务（占比未披露，按" + percent(share) + "计）" : "该环节只是其兼营业务（按" + percent(share) + "计）";
            String knownEn = f.share() != null ? "the segment is about " + percent(share) + " of its main business"
                    : f.main() ? "the segment is its main business (no share published, counted as " + percent(share) + ")"
                    : "the segment is only a side line (counted as " + percent(share) + ")";
            return part("fit", points, known + "，得" + n(points) + "分。", Character.toUpperCase(knownEn.charAt(0))
                    + knownEn.substring(1) + ": " + n(points) + " points.");
        }).orElse(part("fit", 0, "不在缺口环节经营，不得分。", "Operates in no gap segment: 0 points."));
    }

    private ScorePart size(CandidateFacts c) {
        double points = sizePoints(c.revenueYi());
        String project = n(w.projectLowYi()) + "–" + n(w.projectHighYi()) + "亿元";
        String projectEn = LeadExplainer.yuanEn(w.projectLowYi()) + "–" + LeadExplainer.yuanEn(w.projectHighYi());
        if (c.revenueYi() == null) {
            // on no list: not a known large group; never the band's peak either
            return c.ranks().isEmpty()
                    ? part("size", points, "营收规模不详（不在500强榜单上，不是已知的大集团），按一般水平计" + n(points) + "分。",
                    "Its revenue is not known (on no 500-strong list, so not a known large group): counted as average, " + n(points) + " points.")
                    : part("size", points, "营收规模不详，按一般水平计" + n(points) + "分。",
                    "Its revenue is not known: counted as average, " + n(points) + " points.");
        }
        String revenue = "年营收约" + n(c.revenueYi()) + "亿元" + (c.revenueYear() == null ? "" : "（" + c.revenueYear() + "年）");
        String revenueEn = "Annual revenue about " + LeadExplainer.yuanEn(c.revenueYi()) + (c.revenueYear() == null ? "" : " (" + c.revenueYear() + ")");
        if (c.revenueYi() < w.sizeBandLowYi()) {
            return part("size", points, revenue + "，规模偏小，难以承担" + project + "的项目，得" + n(points) + "分。",
                    revenueEn + ", small for a project of " + projectEn + ": " + n(points) + " points.");
        }
        if (c.revenueYi() <= w.sizeBandHighYi()) {
            return part("size", points, revenue + "，正是能投资" + project + "项目的规模，得" + n(points) + "分。",
                    revenueEn + ", the size that invests in projects of " + projectEn + ": " + n(points) + " points.");
        }
        if (points >= 0) {
            return part("size", points, revenue + "，属大型集团，" + project + "的项目只是其众多项目之一，营收越大分越低，得" + n(points) + "分。",
                    revenueEn + ", a large group for which a project of " + projectEn + " is one of many; the larger, the fewer points: "
                            + n(points) + " points.");
        }
        return part("size", points, revenue + "，属特大集团，很少为一个区县" + project + "的项目专门决策，减" + n(-points) + "分。",
                revenueEn + ", a giant that seldom decides on a district's project of " + projectEn + ": −" + n(-points) + " points.");
    }

    /** Why it is close, as clauses: a plant or headquarters at home or next door, headquarters in a recruiting region. */
    private record Near(List<String> zh, List<String> en) {
    }

    private Near near(CandidateFacts c, Place place) {
        Set<String> provinces = provinces(c);
        double base = proximityBase(c, place.province());
        String region = w.regionOf(c.province());
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (base > 0 && provinces.contains(place.province())) {
            zh.add("在" + place.province() + "已有工厂或总部");
            en.add("it already has a plant or its headquarters in " + LeadExplainer.placeEn(place.province()));
        } else if (base > 0) {
            List<String> near = provinces.stream().filter(w.neighbourProvinces()::contains).toList();
            zh.add("在邻近省份（" + String.join("、", near) + "）已有工厂或总部");
            en.add("it has a plant or its headquarters in a neighbouring province (" + String.join(", ", near.stream().map(LeadExplainer::placeEn).toList()) + ")");
        }
        if (region != null) {
            String where = c.province() + (c.city() == null ? "" : c.city());
            zh.add("总部在本区重点招商的" + region + "（" + where + "）");
            String whereEn = LeadExplainer.placeEn(c.province()); // the city has no English name in the seed
            en.add("its headquarters are in " + LeadExplainer.placeEn(region) + " (" + whereEn + "), a region the district recruits from");
        }
        return new Near(zh, en);
    }

    /**
     * The first reason of closeness for a lead's sentence, Chinese and English, or empty: a plant or headquarters in
     * the province or next door before a recruiting region, which says less.
     */
    Optional<List<String>> nearReason(CandidateFacts c, Place place) {
        Near near = near(c, place);
        return near.zh().isEmpty() ? Optional.empty() : Optional.of(List.of(near.zh().getFirst(), near.en().getFirst()));
    }

    private ScorePart proximity(CandidateFacts c, Place place) {
        Set<String> provinces = provinces(c);
        double points = proximityPoints(c, place.province());
        Near near = near(c, place);
        List<String> zh = near.zh();
        List<String> en = near.en();
        if (zh.isEmpty()) {
            return part("proximity", 0, provinces.isEmpty() ? "总部和工厂所在地不详，不得分。" : "总部和工厂不在本省、邻省或重点招商地区，不得分。",
                    provinces.isEmpty() ? "Where its headquarters and plants are is not known: 0 points."
                            : "No plant or headquarters in the province, its neighbours or a recruiting region: 0 points.");
        }
        String first = en.getFirst();
        return part("proximity", points, String.join("，", zh) + "，得" + n(points) + "分。",
                Character.toUpperCase(first.charAt(0)) + String.join("; ", en).substring(1) + ": " + n(points) + " points.");
    }

    private ScorePart ties(List<TieFact> ties) {
        Map<String, Double> perLocalFirm = new HashMap<>();
        double coSupplier = 0;
        long unverified = ties.stream().filter(TieFact::unverified).count();
        for (TieFact t : ties) {
            if (t.unverified()) {
                continue;
            }
            if (t.kind() == TieKind.CO_SUPPLIER) {
                coSupplier += tieStrength(t);
            } else {
                perLocalFirm.merge(t.viaId(), tieStrength(t), Math::max);
            }
        }
        double points = Math.min(w.chainTieCap(), perLocalFirm.values().stream().mapToDouble(Double::doubleValue).sum()
                + Math.min(w.coSupplierCap(), coSupplier));
        String noteZh = unverified > 0 ? "（另有" + unverified + "条未核实的新闻关系，仅供参考，不计分）" : "";
        String noteEn = unverified > 0 ? " (" + unverified + " unverified news relation(s) shown, not scored)" : "";
        Optional<TieFact> strongest = ties.stream().filter(t -> !t.unverified())
                .max(Comparator.comparingDouble(this::tieStrength).thenComparing(TieFact::viaId, Comparator.reverseOrder()));
        if (strongest.isEmpty()) {
            return part("ties", 0, "与本地企业没有已核实的供销或股权关系，不得分" + noteZh + "。",
                    "No verified supply or ownership tie to a local firm: 0 points" + noteEn + ".");
        }
        TieFact t = strongest.get();
        if (t.kind() == TieKind.CO_SUPPLIER) {
            // peers that share a buyer do not supply each other: shown, worth little, never the reason
            return part("ties", points, "与本地企业没有直接供销关系；其" + LeadExplainer.tieZh(t) + "，同为一家客户的供应商彼此并不供货，只计"
                            + n(points) + "分（此类关系最多计" + n(w.coSupplierCap()) + "分）" + noteZh + "。",
                    "No direct supply tie to a local firm; it " + LeadExplainer.tieEn(t) + ", and suppliers of one buyer do not supply "
                            + "each other: " + n(points) + " points (at most " + n(w.coSupplierCap()) + " for such ties)" + noteEn + ".");
        }
        int firms = perLocalFirm.size() + (perLocalFirm.containsKey(t.viaId()) ? 0 : 1);
        String more = firms > 1 ? "，与" + firms + "家本地企业有关联" : "";
        String moreEn = firms > 1 ? ", tied to " + firms + " local firms" : "";
        return part("ties", points, "其" + LeadExplainer.tieZh(t) + more + "，得" + n(points) + "分（直接供销关系计满分，经集团的关系减半，"
                        + "同为某客户供应商最多计" + n(w.coSupplierCap()) + "分，本项最多" + n(w.chainTieCap()) + "分）" + noteZh + "。",
                "It " + LeadExplainer.tieEn(t) + moreEn + ": " + n(points) + " points (a direct supply tie counts fully, one through a group half, "
                        + "sharing a customer at most " + n(w.coSupplierCap()) + ", this part at most " + n(w.chainTieCap()) + ")" + noteEn + ".");
    }

    private ScorePart expansion(Optional<GapFit> best, Place place) {
        return best.filter(f -> f.since() != null && f.since() <= place.year() && place.year() - f.since() <= w.expansionYears())
                .map(f -> part("expansion", w.expansionPoints(), f.since() + "年起新进入「" + f.segmentName() + "」，正在扩张，加"
                                + n(w.expansionPoints()) + "分。",
                        "Entered “" + en(f.segmentNameEn(), f.segmentName()) + "” in " + f.since() + ", expanding: " + n(w.expansionPoints()) + " points."))
                .orElse(part("expansion", 0, "没有近期扩张的记录，不加分。", "No recent expansion on record: 0 points."));
    }

    private ScorePart strength(CandidateFacts c) {
        return strongest(c.ranks()).map(r -> {
            double points = listPoints(r);
            return part("strength", points, "位列" + r.rankingName() + "第" + r.rank() + "名（" + r.year() + "年），加" + n(points) + "分（榜单只作小幅加分）。",
                    "Ranked No. " + r.rank() + " on " + en(r.rankingNameEn(), r.rankingName()) + " " + r.year() + ": " + n(points)
                            + " points (lists count little).");
        }).orElse(part("strength", 0, "不在三个500强榜单上，不加分。", "On none of the three 500-strong lists: 0 points."));
    }

    private ScorePart notRealistic(Optional<GapFit> best) {
        return best.filter(f -> !f.attractable())
                .map(f -> part("notRealistic", -w.unattractablePenalty(), "「" + f.segmentName() + "」" + gaps.unattractableZh(f.segmentId())
                                + "，不是本区现实的招商对象，仅作参考，减" + n(w.unattractablePenalty()) + "分。",
                        "“" + en(f.segmentNameEn(), f.segmentName()) + "”: " + gaps.unattractableEn(f.segmentId())
                                + "; not a realistic recruit here, shown for reference: −" + n(w.unattractablePenalty()) + " points."))
                .orElse(part("notRealistic", 0, "所在环节是区县可以引进的，不扣分。", "A segment a district can attract: no deduction."));
    }

    private List<ScorePart> penalties(CandidateFacts c) {
        ScorePart local = c.local() ? part("alreadyLocal", -w.penaltyLocal(), "已是本地企业，不作为招商对象，减" + n(w.penaltyLocal()) + "分。",
                "Already a local firm, not a target: −" + n(w.penaltyLocal()) + " points.")
                : c.groupLocal() ? part("alreadyLocal", -w.penaltyGroupLocal(), "其集团已有企业（" + c.groupLocalName() + "）在本区，更适合列入二次招商，减"
                        + n(w.penaltyGroupLocal()) + "分。",
                "A company of its group (" + c.groupLocalName() + ") is already in the district; it belongs on the expansion list: −"
                        + n(w.penaltyGroupLocal()) + " points.")
                : part("alreadyLocal", 0, "尚未在本区落地，不扣分。", "Not yet in the district: no deduction.");
        ScorePart pipeline = c.inPipeline() ? part("inPipeline", -w.penaltyPipeline(), "已在招商推进中，减" + n(w.penaltyPipeline()) + "分。",
                "Already in the pipeline: −" + n(w.penaltyPipeline()) + " points.")
                : part("inPipeline", 0, "尚未列入招商推进，不扣分。", "Not in the pipeline yet: no deduction.");
        return List.of(local, pipeline);
    }

    /** The sentence above the parts: how the total is made and its usual range. */
    public String scaleZh() {
        return "总分为以下各项之和，一般在0至" + n(typicalMax()) + "分之间，分数越高越值得优先接触。";
    }

    public String scaleEn() {
        return "The total is the sum of the parts below, usually between 0 and " + n(typicalMax())
                + " points; the higher, the sooner to contact.";
    }

    /** A missing key segment that local demand needs (severity about 20) filled by a perfect fit. */
    private double typicalMax() {
        return Math.round(w.gapWeight() * gaps.missingWeight() * 2 + w.fitWeight() + w.sizeMax() + w.proximityMax()
                + w.chainTieCap() + w.expansionPoints() + w.strengthMax());
    }

    private static ScorePart part(String name, double points, String zh, String en) {
        return new ScorePart(name, round(points), zh, en);
    }

    static String n(double value) {
        double r = Math.round(value * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String en(String english, String chinese) {
        return english == null || english.isBlank() ? chinese : english;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
