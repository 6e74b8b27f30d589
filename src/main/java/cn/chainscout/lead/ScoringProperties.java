package cn.chainscout.lead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Weights of the lead score: "would this company build here, in this gap?" (docs/gaps-and-leads.md).
 * A missing value takes the default shown; an impossible one (a negative weight, a share above 1) stops the
 * start with its name.
 *
 * @param gapWeight          points per severity point of the gap the company fills (0.3)
 * @param fitWeight          fit: points for a company whose whole main business is the gap segment; a share of
 *                           it gives that share of the points (10)
 * @param fitFloor           a company whose share in the segment is below this is no chain lead for it (0.15)
 * @param assumedMainShare   share assumed where the graph says "main business" but gives no figure (0.6)
 * @param assumedSideShare   … "side line" and no figure (0.1)
 * @param sizeMax            size fit: points at the peak of the band (4)
 * @param sizeBandLowYi      the band's lower edge, annual revenue in 亿元 of a firm that can carry a project of
 *                           projectLowYi: smaller firms get less, in proportion (10)
 * @param sizeBandHighYi     its upper edge: above it a district's project is a small side bet of a large group, and
 *                           the points fall (300)
 * @param sizeGiantYi        … falling with the logarithm of the revenue to sizeGiantPoints at this revenue (3000) …
 * @param sizeGiantPoints    … and staying there: a giant loses this many points (3)
 * @param sizeUnknown        points when the revenue is not known and the company is on no 500-strong list (so not a
 *                           known large group): between a small firm and the band, neither its peak nor a free pass (1.5)
 * @param projectLowYi       the district's typical project, 亿元 of investment, low end: for the sentence only (5)
 * @param projectHighYi      … high end (50)
 * @param revenueUnits       亿元 per unit of a list's revenue column (USD_M 0.072, CNY_10K 0.0001), to size a
 *                           company the seed gives no revenue for
 * @param proximityHome      a plant or the headquarters in the district's province (3)
 * @param proximityNeighbour … in a neighbouring province, and none at home (1.5)
 * @param neighbourProvinces the district province's neighbours (湖南: 湖北 江西 广东 广西 贵州 重庆)
 * @param recruitRegion      headquarters in one of the regions the district recruits from (1): less than a plant or
 *                           headquarters in the province, which is a real pull
 * @param recruitRegions     region name → provinces (粤港澳大湾区: 广东省 香港 澳门; 长三角: 上海 江苏 浙江 安徽)
 * @param tieSupplier        a direct tie to a local plant: it supplies the plant (6)
 * @param tieCustomer        … it buys from the plant (6)
 * @param tieShareholder     … it holds shares in the plant (3)
 * @param tieParent          … it is the plant's parent (2)
 * @param tieHolding         … the plant or its group holds it (2)
 * @param tiePartner         … a partnership (2)
 * @param tieSibling         … the plant's shareholder also holds it (1)
 * @param tieCoSupplier      "both supply the same buyer" (0.5) …
 * @param coSupplierCap      … together at most this (1); never the reason a lead's sentence gives
 * @param groupTieFactor     a tie held by the plant's parent group counts this share of a direct one (0.5)
 * @param chainTieCap        chain leads: ties to local plants together at most this (8)
 * @param pathWeight         business leads: points of a one-step path; a path of n steps gets pathWeight / n (2)
 * @param localSizeWeight    business leads: points per size point of the local firm it goes through (0.5)
 * @param expansionPoints    expansion signal: it entered the segment recently (1.5) …
 * @param expansionYears     … within this many years before the date asked about (3)
 * @param fortuneGlobal500   list strength of rank 1 on 《财富》世界500强, falling linearly to 0 at listSize + 1 (2)
 * @param chinaTop500        … on 中国企业500强 (1.5)
 * @param chinaPrivate500    … on 中国民营企业500强 (1.5)
 * @param listSize           ranks per list (500)
 * @param excludedKinds      kinds of company that do not build plants in a manufacturing chain: no chain leads
 *                           (design, finance, retailer, construction, trading)
 * @param unattractablePenalty a lead that only fills segments almost no district can attract loses this (20)
 * @param penaltyLocal       the company itself is already a local firm (100)
 * @param penaltyGroupLocal  chain list: a company of its group is already local, it belongs to the expansion list (8)
 * @param penaltyPipeline    a live lead already targets it (8)
 * @param diversityWindow    chain lists: the first places (20) where one gap segment may hold at most …
 * @param diversityPerSegment … this many leads (4); 0 turns the rule off. Leads over the cap move below the window
 * @param businessTieKinds   以商招商: the ties that make a business lead (SUPPLIER, CUSTOMER); shareholders,
 *                           partners and "both supply the same buyer" do not
 * @param businessGroupHops  以商招商: ties of the plant's parents up to this many SUBSIDIARY_OF steps count (1: its
 *                           direct parent, not the wider group)
 * @param businessExcludingTies a company tied to the plant's group this way (ownership) is never a business lead
 * @param customerMaxRevenueYi 以商招商: a customer above this revenue (a brand owner) is no lead (500)
 * @param customerNeedsGapFit 以商招商: a customer is a lead only when it makes something in a gap segment
 * @param cityFirmsToExpansion a company headquartered in the district's city is not an inbound lead: it leaves
 *                           the chain and business lists for the 二次招商 list (true)
 * @param chainDropsGroupLocal chain lists: a company whose group is already local leaves the list for the
 *                           二次招商 list instead of losing penaltyGroupLocal (true)
 * @param groupTieNeedsFeed  以商招商: a tie held by the plant's parent group (not the plant) counts only when the
 *                           company makes something that feeds the plant's own segment (true): a group's suppliers
 *                           for its other products (伊利's liquid milk) are not the plant's (澳优's formula)
 * @param tieFeedsPlant      以商招商: no known tie, but the company's main business is a gap segment that feeds the local
 *                           firm's own segment (what an anchor brings with it): half a verified supplier (3)
 * @param businessDropsUnattractable 以商招商: a company that only makes what no district can attract or what is tied
 *                           to its origin is no business lead (true)
 */
@Validated
@ConfigurationProperties("chainscout.scoring")
public record ScoringProperties(
        @PositiveOrZero Double gapWeight,
        @PositiveOrZero Double fitWeight,
        @PositiveOrZero @DecimalMax("1") Double fitFloor,
        @PositiveOrZero @DecimalMax("1") Double assumedMainShare,
        @PositiveOrZero @DecimalMax("1") Double assumedSideShare,
        @PositiveOrZero Double sizeMax,
        @PositiveOrZero Double sizeBandLowYi,
        @PositiveOrZero Double sizeBandHighYi,
        @PositiveOrZero Double sizeUnknown,
        @PositiveOrZero Double projectLowYi,
        @PositiveOrZero Double projectHighYi,
        Map<String, Double> revenueUnits,
        @PositiveOrZero Double proximityHome,
        @PositiveOrZero Double proximityNeighbour,
        List<String> neighbourProvinces,
        @PositiveOrZero Double recruitRegion,
        Map<String, List<String>> recruitRegions,
        @PositiveOrZero Double tieSupplier,
        @PositiveOrZero Double tieCustomer,
        @PositiveOrZero Double tieShareholder,
        @PositiveOrZero Double tieParent,
        @PositiveOrZero Double tieHolding,
        @PositiveOrZero Double tiePartner,
        @PositiveOrZero Double tieSibling,
        @PositiveOrZero Double tieCoSupplier,
        @PositiveOrZero Double coSupplierCap,
        @PositiveOrZero @DecimalMax("1") Double groupTieFactor,
        @PositiveOrZero Double chainTieCap,
        @PositiveOrZero Double pathWeight,
        @PositiveOrZero Double localSizeWeight,
        @PositiveOrZero Double expansionPoints,
        @PositiveOrZero Integer expansionYears,
        @PositiveOrZero Double fortuneGlobal500,
        @PositiveOrZero Double chinaTop500,
        @PositiveOrZero Double chinaPrivate500,
        @Positive Integer listSize,
        List<String> excludedKinds,
        @PositiveOrZero Double unattractablePenalty,
        @PositiveOrZero Double penaltyLocal,
        @PositiveOrZero Double penaltyGroupLocal,
        @PositiveOrZero Double penaltyPipeline,
        @PositiveOrZero Integer diversityWindow,
        @PositiveOrZero Integer diversityPerSegment,
        List<String> businessTieKinds,
        @Min(0) @Max(2) Integer businessGroupHops,
        List<String> businessExcludingTies,
        @PositiveOrZero Double customerMaxRevenueYi,
        Boolean customerNeedsGapFit,
        Boolean cityFirmsToExpansion,
        Boolean chainDropsGroupLocal,
        @PositiveOrZero Double sizeGiantYi,
        @PositiveOrZero Double sizeGiantPoints,
        Boolean groupTieNeedsFeed,
        Boolean businessDropsUnattractable,
        @PositiveOrZero Double tieFeedsPlant) {

    public ScoringProperties {
        gapWeight = orDefault(gapWeight, 0.3);
        fitWeight = orDefault(fitWeight, 10.0);
        fitFloor = orDefault(fitFloor, 0.15);
        assumedMainShare = orDefault(assumedMainShare, 0.6);
        assumedSideShare = orDefault(assumedSideShare, 0.1);
        sizeMax = orDefault(sizeMax, 4.0);
        sizeBandLowYi = orDefault(sizeBandLowYi, 10.0);
        sizeBandHighYi = orDefault(sizeBandHighYi, 300.0);
        sizeGiantYi = orDefault(sizeGiantYi, 3000.0);
        sizeGiantPoints = orDefault(sizeGiantPoints, 3.0);
        if (sizeGiantYi <= sizeBandHighYi) {
            throw new IllegalArgumentException("chainscout.scoring.size-giant-yi must be above size-band-high-yi");
        }
        if (sizeBandLowYi <= 0 || sizeBandHighYi < sizeBandLowYi) {
            throw new IllegalArgumentException("chainscout.scoring.size-band-low-yi must be above 0 and at most size-band-high-yi");
        }
        sizeUnknown = orDefault(sizeUnknown, 1.5);
        if (sizeUnknown > sizeMax) {
            throw new IllegalArgumentException("chainscout.scoring.size-unknown cannot exceed size-max");
        }
        projectLowYi = orDefault(projectLowYi, 5.0);
        projectHighYi = orDefault(projectHighYi, 50.0);
        revenueUnits = revenueUnits == null ? Map.of("USD_M", 0.072, "CNY_10K", 0.0001) : Map.copyOf(revenueUnits);
        proximityHome = orDefault(proximityHome, 3.0);
        proximityNeighbour = orDefault(proximityNeighbour, 1.5);
        neighbourProvinces = neighbourProvinces == null
                ? List.of("湖北省", "江西省", "广东省", "广西壮族自治区", "贵州省", "重庆市") : List.copyOf(neighbourProvinces);
        recruitRegion = orDefault(recruitRegion, 1.0);
        if (recruitRegions == null) {
            Map<String, List<String>> regions = new LinkedHashMap<>();
            regions.put("粤港澳大湾区", List.of("广东省", "香港", "澳门"));
            regions.put("长三角", List.of("上海市", "江苏省", "浙江省", "安徽省"));
            recruitRegions = java.util.Collections.unmodifiableMap(regions);
        } else {
            recruitRegions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recruitRegions));
        }
        tieSupplier = orDefault(tieSupplier, 6.0);
        tieCustomer = orDefault(tieCustomer, 6.0);
        tieShareholder = orDefault(tieShareholder, 3.0);
        tieParent = orDefault(tieParent, 2.0);
        tieHolding = orDefault(tieHolding, 2.0);
        tiePartner = orDefault(tiePartner, 2.0);
        tieSibling = orDefault(tieSibling, 1.0);
        tieCoSupplier = orDefault(tieCoSupplier, 0.5);
        coSupplierCap = orDefault(coSupplierCap, 1.0);
        groupTieFactor = orDefault(groupTieFactor, 0.5);
        chainTieCap = orDefault(chainTieCap, 8.0);
        pathWeight = orDefault(pathWeight, 2.0);
        localSizeWeight = orDefault(localSizeWeight, 0.5);
        expansionPoints = orDefault(expansionPoints, 1.5);
        expansionYears = expansionYears == null ? 3 : expansionYears;
        fortuneGlobal500 = orDefault(fortuneGlobal500, 2.0);
        chinaTop500 = orDefault(chinaTop500, 1.5);
        chinaPrivate500 = orDefault(chinaPrivate500, 1.5);
        listSize = listSize == null ? 500 : listSize;
        excludedKinds = excludedKinds == null ? List.of("design", "finance", "retailer", "construction", "trading", "property", "internet")
                : List.copyOf(excludedKinds);
        unattractablePenalty = orDefault(unattractablePenalty, 20.0);
        penaltyLocal = orDefault(penaltyLocal, 100.0);
        penaltyGroupLocal = orDefault(penaltyGroupLocal, 8.0);
        penaltyPipeline = orDefault(penaltyPipeline, 8.0);
        diversityWindow = diversityWindow == null ? 20 : diversityWindow;
        diversityPerSegment = diversityPerSegment == null ? 4 : diversityPerSegment;
        businessTieKinds = businessTieKinds == null ? List.of("SUPPLIER", "CUSTOMER") : List.copyOf(businessTieKinds);
        tieKinds("business-tie-kinds", businessTieKinds);
        businessGroupHops = businessGroupHops == null ? 1 : businessGroupHops;
        businessExcludingTies = businessExcludingTies == null ? List.of("SHAREHOLDER", "PARENT", "HOLDING", "SIBLING")
                : List.copyOf(businessExcludingTies);
        tieKinds("business-excluding-ties", businessExcludingTies);
        customerMaxRevenueYi = orDefault(customerMaxRevenueYi, 500.0);
        customerNeedsGapFit = customerNeedsGapFit == null || customerNeedsGapFit;
        cityFirmsToExpansion = cityFirmsToExpansion == null || cityFirmsToExpansion;
        chainDropsGroupLocal = chainDropsGroupLocal == null || chainDropsGroupLocal;
        groupTieNeedsFeed = groupTieNeedsFeed == null || groupTieNeedsFeed;
        businessDropsUnattractable = businessDropsUnattractable == null || businessDropsUnattractable;
        tieFeedsPlant = orDefault(tieFeedsPlant, 3.0);
    }

    /** 以商招商: a tie of this kind, held this many steps up the plant's parents, can make a business lead. */
    boolean businessTie(TieKind kind, int hops) {
        return businessTieKinds.contains(kind.name()) && hops <= businessGroupHops;
    }

    /** 以商招商: a tie of this kind puts the company in the plant's own circle of owners: never a lead. */
    boolean ownershipTie(TieKind kind) {
        return businessExcludingTies.contains(kind.name());
    }

    public static ScoringProperties defaults() {
        return new ScoringProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    double listWeight(String list) {
        return switch (list == null ? "" : list) {
            case "FORTUNE_GLOBAL_500" -> fortuneGlobal500;
            case "CHINA_TOP_500" -> chinaTop500;
            case "CHINA_PRIVATE_500" -> chinaPrivate500;
            default -> 0;
        };
    }

    double tieWeight(TieKind kind) {
        return switch (kind) {
            case SUPPLIER -> tieSupplier;
            case CUSTOMER -> tieCustomer;
            case SHAREHOLDER -> tieShareholder;
            case PARENT -> tieParent;
            case HOLDING -> tieHolding;
            case PARTNER -> tiePartner;
            case SIBLING -> tieSibling;
            case CO_SUPPLIER -> tieCoSupplier;
            case NEEDS -> tieFeedsPlant;
        };
    }

    /** The most list strength any company can have. */
    double strengthMax() {
        return Math.max(fortuneGlobal500, Math.max(chinaTop500, chinaPrivate500));
    }

    /** The most the proximity part can give. */
    double proximityMax() {
        return Math.max(proximityHome, proximityNeighbour) + recruitRegion;
    }

    /** The region of a headquarters province ("香港特别行政区" is in 粤港澳大湾区 through "香港"), or null. */
    String regionOf(String province) {
        if (province == null || province.isBlank()) {
            return null;
        }
        for (var region : recruitRegions.entrySet()) {
            for (String p : region.getValue()) {
                if (province.startsWith(p) || p.startsWith(province)) {
                    return region.getKey();
                }
            }
        }
        return null;
    }

    private static void tieKinds(String name, List<String> kinds) {
        for (String kind : kinds) {
            if (java.util.Arrays.stream(TieKind.values()).noneMatch(k -> k.name().equals(kind))) {
                throw new IllegalArgumentException("chainscout.scoring." + name + ": " + kind + " is not one of "
                        + java.util.Arrays.toString(TieKind.values()));
            }
        }
    }

    // negatives and shares above 1 are refused at start by the constraints on the components
    private static Double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
