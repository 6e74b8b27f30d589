package cn.chainscout.lead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights of the lead score: "would this company build here, in this gap?" (docs/gaps-and-leads.md).
 * A missing value takes the default shown; an impossible one stops the start with its name.
 *
 * @param gapWeight          points per severity point of the gap the company fills (0.3)
 * @param fitWeight          fit: points for a company whose whole main business is the gap segment; a share of
 *                           it gives that share of the points (10)
 * @param fitFloor           a company whose share in the segment is below this is no chain lead for it (0.15)
 * @param assumedMainShare   share assumed where the graph says "main business" but gives no figure (0.6)
 * @param assumedSideShare   … "side line" and no figure (0.1)
 * @param sizeMax            size fit: points at the peak of the band (4)
 * @param sizeBandLowYi      the band's lower edge, annual revenue in 亿元: smaller firms get less, in proportion (20)
 * @param sizeBandHighYi     its upper edge: larger groups get less, in proportion (500)
 * @param sizeUnknown        points when the revenue is not known (1)
 * @param projectLowYi       the district's typical project, 亿元 of investment, low end: for the sentence only (5)
 * @param projectHighYi      … high end (50)
 * @param revenueUnits       亿元 per unit of a list's revenue column (USD_M 0.072, CNY_10K 0.0001), to size a
 *                           company the seed gives no revenue for
 * @param proximityHome      a plant or the headquarters in the district's province (3)
 * @param proximityNeighbour … in a neighbouring province, and none at home (1.5)
 * @param neighbourProvinces the district province's neighbours (湖南: 湖北 江西 广东 广西 贵州 重庆)
 * @param recruitRegion      headquarters in one of the regions the district recruits from (2)
 * @param recruitRegions     region name → provinces (粤港澳大湾区: 广东省 香港 澳门; 长三角: 上海 江苏 浙江 安徽)
 * @param tieSupplier        a direct tie to a local plant: it supplies the plant (6)
 * @param tieCustomer        … it buys from the plant (6)
 * @param tieShareholder     … it holds shares in the plant (3)
 * @param tieParent          … it is the plant's parent (2)
 * @param tieHolding         … the plant or its group holds it (2)
 * @param tiePartner         … a partnership (2)
 * @param tieSibling         … the plant's shareholder also holds it (1)
 * @param tieCoSupplier      "both supply the same buyer" (1) …
 * @param coSupplierCap      … together at most this (1.5)
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
 */
@ConfigurationProperties("chainscout.scoring")
public record ScoringProperties(Double gapWeight, Double fitWeight, Double fitFloor, Double assumedMainShare,
                                Double assumedSideShare, Double sizeMax, Double sizeBandLowYi, Double sizeBandHighYi,
                                Double sizeUnknown, Double projectLowYi, Double projectHighYi,
                                Map<String, Double> revenueUnits, Double proximityHome, Double proximityNeighbour,
                                List<String> neighbourProvinces, Double recruitRegion,
                                Map<String, List<String>> recruitRegions, Double tieSupplier, Double tieCustomer,
                                Double tieShareholder, Double tieParent, Double tieHolding, Double tiePartner,
                                Double tieSibling, Double tieCoSupplier, Double coSupplierCap, Double groupTieFactor,
                                Double chainTieCap, Double pathWeight, Double localSizeWeight, Double expansionPoints,
                                Integer expansionYears, Double fortuneGlobal500, Double chinaTop500,
                                Double chinaPrivate500, Integer listSize, List<String> excludedKinds,
                                Double unattractablePenalty, Double penaltyLocal, Double penaltyGroupLocal,
                                Double penaltyPipeline, Integer diversityWindow, Integer diversityPerSegment,
                                List<String> businessTieKinds, Integer businessGroupHops,
                                List<String> businessExcludingTies, Double customerMaxRevenueYi,
                                Boolean customerNeedsGapFit, Boolean cityFirmsToExpansion,
                                Boolean chainDropsGroupLocal) {

    public ScoringProperties {
        gapWeight = nonNegative("gap-weight", gapWeight, 0.3);
        fitWeight = nonNegative("fit-weight", fitWeight, 10.0);
        fitFloor = share("fit-floor", fitFloor, 0.15);
        assumedMainShare = share("assumed-main-share", assumedMainShare, 0.6);
        assumedSideShare = share("assumed-side-share", assumedSideShare, 0.1);
        sizeMax = nonNegative("size-max", sizeMax, 4.0);
        sizeBandLowYi = nonNegative("size-band-low-yi", sizeBandLowYi, 20.0);
        sizeBandHighYi = nonNegative("size-band-high-yi", sizeBandHighYi, 500.0);
        if (sizeBandLowYi <= 0 || sizeBandHighYi < sizeBandLowYi) {
            throw new IllegalArgumentException("chainscout.scoring.size-band-low-yi must be above 0 and at most size-band-high-yi");
        }
        sizeUnknown = nonNegative("size-unknown", sizeUnknown, 1.0);
        if (sizeUnknown > sizeMax) {
            throw new IllegalArgumentException("chainscout.scoring.size-unknown cannot exceed size-max");
        }
        projectLowYi = nonNegative("project-low-yi", projectLowYi, 5.0);
        projectHighYi = nonNegative("project-high-yi", projectHighYi, 50.0);
        revenueUnits = revenueUnits == null ? Map.of("USD_M", 0.072, "CNY_10K", 0.0001) : Map.copyOf(revenueUnits);
        proximityHome = nonNegative("proximity-home", proximityHome, 3.0);
        proximityNeighbour = nonNegative("proximity-neighbour", proximityNeighbour, 1.5);
        neighbourProvinces = neighbourProvinces == null
                ? List.of("湖北省", "江西省", "广东省", "广西壮族自治区", "贵州省", "重庆市") : List.copyOf(neighbourProvinces);
        recruitRegion = nonNegative("recruit-region", recruitRegion, 2.0);
        if (recruitRegions == null) {
            Map<String, List<String>> regions = new LinkedHashMap<>();
            regions.put("粤港澳大湾区", List.of("广东省", "香港", "澳门"));
            regions.put("长三角", List.of("上海市", "江苏省", "浙江省", "安徽省"));
            recruitRegions = java.util.Collections.unmodifiableMap(regions);
        } else {
            recruitRegions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recruitRegions));
        }
        tieSupplier = nonNegative("tie-supplier", tieSupplier, 6.0);
        tieCustomer = nonNegative("tie-customer", tieCustomer, 6.0);
        tieShareholder = nonNegative("tie-shareholder", tieShareholder, 3.0);
        tieParent = nonNegative("tie-parent", tieParent, 2.0);
        tieHolding = nonNegative("tie-holding", tieHolding, 2.0);
        tiePartner = nonNegative("tie-partner", tiePartner, 2.0);
        tieSibling = nonNegative("tie-sibling", tieSibling, 1.0);
        tieCoSupplier = nonNegative("tie-co-supplier", tieCoSupplier, 1.0);
        coSupplierCap = nonNegative("co-supplier-cap", coSupplierCap, 1.5);
        groupTieFactor = share("group-tie-factor", groupTieFactor, 0.5);
        chainTieCap = nonNegative("chain-tie-cap", chainTieCap, 8.0);
        pathWeight = nonNegative("path-weight", pathWeight, 2.0);
        localSizeWeight = nonNegative("local-size-weight", localSizeWeight, 0.5);
        expansionPoints = nonNegative("expansion-points", expansionPoints, 1.5);
        expansionYears = expansionYears == null ? 3 : expansionYears;
        if (expansionYears < 0) {
            throw new IllegalArgumentException("chainscout.scoring.expansion-years cannot be negative");
        }
        fortuneGlobal500 = nonNegative("fortune-global500", fortuneGlobal500, 2.0);
        chinaTop500 = nonNegative("china-top500", chinaTop500, 1.5);
        chinaPrivate500 = nonNegative("china-private500", chinaPrivate500, 1.5);
        listSize = listSize == null ? 500 : listSize;
        if (listSize < 1) {
            throw new IllegalArgumentException("chainscout.scoring.list-size must be at least 1");
        }
        excludedKinds = excludedKinds == null ? List.of("design", "finance", "retailer", "construction", "trading", "property", "internet")
                : List.copyOf(excludedKinds);
        unattractablePenalty = nonNegative("unattractable-penalty", unattractablePenalty, 20.0);
        penaltyLocal = nonNegative("penalty-local", penaltyLocal, 100.0);
        penaltyGroupLocal = nonNegative("penalty-group-local", penaltyGroupLocal, 8.0);
        penaltyPipeline = nonNegative("penalty-pipeline", penaltyPipeline, 8.0);
        diversityWindow = diversityWindow == null ? 20 : diversityWindow;
        diversityPerSegment = diversityPerSegment == null ? 4 : diversityPerSegment;
        if (diversityWindow < 0 || diversityPerSegment < 0) {
            throw new IllegalArgumentException("chainscout.scoring.diversity-window and diversity-per-segment cannot be negative");
        }
        businessTieKinds = businessTieKinds == null ? List.of("SUPPLIER", "CUSTOMER") : List.copyOf(businessTieKinds);
        tieKinds("business-tie-kinds", businessTieKinds);
        businessGroupHops = businessGroupHops == null ? 1 : businessGroupHops;
        if (businessGroupHops < 0 || businessGroupHops > 2) {
            throw new IllegalArgumentException("chainscout.scoring.business-group-hops is 0, 1 or 2");
        }
        businessExcludingTies = businessExcludingTies == null ? List.of("SHAREHOLDER", "PARENT", "HOLDING", "SIBLING")
                : List.copyOf(businessExcludingTies);
        tieKinds("business-excluding-ties", businessExcludingTies);
        customerMaxRevenueYi = nonNegative("customer-max-revenue-yi", customerMaxRevenueYi, 500.0);
        customerNeedsGapFit = customerNeedsGapFit == null || customerNeedsGapFit;
        cityFirmsToExpansion = cityFirmsToExpansion == null || cityFirmsToExpansion;
        chainDropsGroupLocal = chainDropsGroupLocal == null || chainDropsGroupLocal;
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
                null, null);
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

    private static Double nonNegative(String name, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (v < 0 || Double.isNaN(v)) {
            throw new IllegalArgumentException("chainscout.scoring." + name + " cannot be negative (" + v + ")");
        }
        return v;
    }

    private static Double share(String name, Double value, double fallback) {
        double v = nonNegative(name, value, fallback);
        if (v > 1) {
            throw new IllegalArgumentException("chainscout.scoring." + name + " is a share from 0 to 1, not " + v);
        }
        return v;
    }
}
