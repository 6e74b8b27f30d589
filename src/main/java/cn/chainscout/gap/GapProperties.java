package cn.chainscout.gap;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds and weights of the gap diagnosis; a missing value takes the default shown, a negative one stops the
 * start with its name.
 *
 * @param weakMinFirms       fewer local firms than this is weak … (2)
 * @param strongTier         … unless one of them is at least this tier: 百亿 / 50亿 / 10亿 (50亿)
 * @param missingWeight      severity factor of a missing segment (10)
 * @param brokenWeight       severity factor of a broken segment (7)
 * @param weakWeight         severity factor of a weak segment (4)
 * @param keyBonus           importance added when the chain template marks the segment key (0.5)
 * @param demandWeight       importance added per size point of the local firms the segment feeds (0.5)
 * @param tier100yi          size points of a 百亿 firm (3)
 * @param tier50yi           size points of a 50亿 firm (2)
 * @param tier10yi           size points of a 10亿 firm (1)
 * @param tierUnknown        size points of a firm whose tier is not known (0.5)
 * @param leadingBonus       size points added for a leading firm 龙头 (1)
 * @param whatIfAssumesSupply what-if: a landing company supplies the local firms its segments feed (true)
 * @param indirectDemandWeight importance added per size point of the local firms it reaches through two or more
 *                           FEEDS steps (0.25): needed, but less pressing than a direct input
 * @param unattractableSegments segments almost no district can attract (wafer fabs, image sensors, panel fabs; dairy
 *                              herds, sugar mills and port operators, which follow land, crops and the coast):
 *                           shown with that note, listed after the gaps a district can fill
 * @param originBoundSegments segments whose product is tied to its place of origin (baijiu, wine, seeds, fruit for
 *                           juice, grain and oilseed growing, dairy base powders made where the milk is, medicinal
 *                           herbs): not a realistic recruit for a district elsewhere; treated like the unattractable
 *                           ones, with their own note
 * @param shippedSegments    equipment that is built to order at the maker's own plant and shipped to the customer
 *                           (food and packaging machinery, production equipment): its makers seldom build where a
 *                           customer is; treated like the unattractable ones, with their own note
 */
@Validated
@ConfigurationProperties("chainscout.gaps")
public record GapProperties(@PositiveOrZero Integer weakMinFirms, String strongTier, @PositiveOrZero Double missingWeight,
                            @PositiveOrZero Double brokenWeight, @PositiveOrZero Double weakWeight,
                            @PositiveOrZero Double keyBonus, @PositiveOrZero Double demandWeight,
                            @PositiveOrZero Double tier100yi, @PositiveOrZero Double tier50yi,
                            @PositiveOrZero Double tier10yi, @PositiveOrZero Double tierUnknown,
                            @PositiveOrZero Double leadingBonus, Boolean whatIfAssumesSupply,
                            @PositiveOrZero Double indirectDemandWeight, java.util.List<String> unattractableSegments,
                            java.util.List<String> originBoundSegments, java.util.List<String> shippedSegments) {

    public GapProperties {
        weakMinFirms = weakMinFirms == null ? 2 : weakMinFirms;
        strongTier = strongTier == null ? "50亿" : strongTier;
        if (tierRank(strongTier) == 0) {
            // a typo here would silently make every lone firm weak
            throw new IllegalArgumentException("chainscout.gaps.strong-tier must be 百亿, 50亿 or 10亿, not '" + strongTier + "'");
        }
        missingWeight = missingWeight == null ? 10.0 : missingWeight;
        brokenWeight = brokenWeight == null ? 7.0 : brokenWeight;
        weakWeight = weakWeight == null ? 4.0 : weakWeight;
        keyBonus = keyBonus == null ? 0.5 : keyBonus;
        demandWeight = demandWeight == null ? 0.5 : demandWeight;
        tier100yi = tier100yi == null ? 3.0 : tier100yi;
        tier50yi = tier50yi == null ? 2.0 : tier50yi;
        tier10yi = tier10yi == null ? 1.0 : tier10yi;
        tierUnknown = tierUnknown == null ? 0.5 : tierUnknown;
        leadingBonus = leadingBonus == null ? 1.0 : leadingBonus;
        whatIfAssumesSupply = whatIfAssumesSupply == null || whatIfAssumesSupply;
        indirectDemandWeight = indirectDemandWeight == null ? 0.25 : indirectDemandWeight;
        unattractableSegments = unattractableSegments == null ? java.util.List.of("st-chip", "st-image-sensor", "st-display-panel",
                "fd-raw-milk", "fd-sugar", "nm-port-logistics")
                : java.util.List.copyOf(unattractableSegments);
        originBoundSegments = originBoundSegments == null ? java.util.List.of("fd-baijiu", "fd-other-liquor", "fd-seeds",
                "fd-fruit-veg", "fd-grain", "fd-oilseed", "fd-dairy-ingredients", "pm-tcm-herbs")
                : java.util.List.copyOf(originBoundSegments);
        shippedSegments = shippedSegments == null ? java.util.List.of("fd-machinery", "st-equipment", "nm-li-equipment",
                "pm-pharma-equipment") : java.util.List.copyOf(shippedSegments);
    }

    /** False for segments almost no district can attract, and for products tied to their place of origin. */
    public boolean attractable(String segmentId) {
        return !unattractableSegments.contains(segmentId) && !originBound(segmentId) && !shippedSegments.contains(segmentId);
    }

    /** Why a segment is not attractable, in a few words; null when it is. */
    public String unattractableZh(String segmentId) {
        if (originBound(segmentId)) {
            return "产品依赖原产地（原料或产区），外地企业难以在本区落地";
        }
        if (shippedSegments.contains(segmentId)) {
            return "设备在制造商本厂生产后发货，制造商很少在客户所在地设厂";
        }
        return unattractableSegments.contains(segmentId) ? "几乎没有区县能够引进（如晶圆厂、面板厂、万头牧场、糖厂、港口）" : null;
    }

    public String unattractableEn(String segmentId) {
        if (originBound(segmentId)) {
            return "the product is tied to its place of origin (raw material or growing area)";
        }
        if (shippedSegments.contains(segmentId)) {
            return "the equipment is built at the maker's own plant and shipped; its makers seldom build where a customer is";
        }
        return unattractableSegments.contains(segmentId)
                ? "almost no district can attract it (wafer or panel fabs, large dairy herds, sugar mills, ports)" : null;
    }

    /** The product is tied to where it comes from (白酒, seeds, juice fruit …): the note says so. */
    public boolean originBound(String segmentId) {
        return originBoundSegments.contains(segmentId);
    }

    public static GapProperties defaults() {
        return new GapProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** 3 for 百亿, 2 for 50亿, 1 for 10亿, 0 unknown: for comparing tiers. */
    /** A tier in English words (百亿 → 10 bn yuan); the text as given when it is not one of the three. */
    public static String tierEn(String tier) {
        return switch (tier == null ? "" : tier) {
            case "百亿" -> "10 bn yuan";
            case "50亿" -> "5 bn yuan";
            case "10亿" -> "1 bn yuan";
            default -> tier;
        };
    }

    public static int tierRank(String tier) {
        return switch (tier == null ? "" : tier) {
            case "百亿" -> 3;
            case "50亿" -> 2;
            case "10亿" -> 1;
            default -> 0;
        };
    }

    /** How much a local firm weighs as demand or as the firm a lead goes through. */
    public double firmSize(String tier, boolean leading) {
        double points = switch (tierRank(tier)) {
            case 3 -> tier100yi;
            case 2 -> tier50yi;
            case 1 -> tier10yi;
            default -> tierUnknown;
        };
        return points + (leading ? leadingBonus : 0);
    }

    double statusWeight(GapStatus status) {
        return switch (status) {
            case MISSING -> missingWeight;
            case BROKEN -> brokenWeight;
            case WEAK -> weakWeight;
            case COVERED, NOT_NEEDED -> 0;
        };
    }
}
