package cn.chainscout.lead;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights of the lead score (设计: "What makes a lead good"); a missing value takes the default shown.
 *
 * @param gapWeight          points per severity point of the gap the company fills (0.3)
 * @param fitMain            the gap segment is the company's main business (3)
 * @param fitSide            … only a side line (1)
 * @param fortuneGlobal500   strength of rank 1 on 《财富》世界500强 (10), falling linearly to 0 at listSize + 1
 * @param chinaTop500        … on 中国企业500强 (7)
 * @param chinaPrivate500    … on 中国民营企业500强 (6)
 * @param listSize           ranks per list (500)
 * @param tieSupplier        tie strength: the company supplies the local firm (5)
 * @param tieCustomer        … buys from it (5)
 * @param tieShareholder     … invests in it (4)
 * @param tieParent          … is its parent company (3)
 * @param tieHolding         … is held by it (3)
 * @param tiePartner         … partners with it (3)
 * @param tieSibling         … shares a shareholder with it (2)
 * @param tieCoSupplier      … supplies the same customer (2)
 * @param unverifiedFactor   tie strength factor when a relation on the path is unverified (0.5)
 * @param chainTieWeight     chain leads: weight of Σ (tie strength / path length × size / tieSizeReference) over
 *                           the local firms reached (1)
 * @param tieSizeReference   chain leads: size points of a local firm whose ties count at face value (2 = a 10亿
 *                           leading firm; a 百亿 leading firm, 4 points, counts double)
 * @param chainTieCap        chain leads: at most this many tie points (10)
 * @param pathWeight         business leads: points of a one-step path; a path of n steps gets pathWeight / n (4)
 * @param localSizeWeight    business leads: points per size point of the local firm it goes through (1)
 * @param reachHome          headquarters in the district's own province (3)
 * @param reachRegion        … in one of regionProvinces (1.5)
 * @param regionProvinces    central China 华中 by default: 湖北省, 河南省, 江西省, 安徽省, 山西省
 * @param penaltyLocal       the company itself is already a local firm (100)
 * @param penaltyGroupLocal  a company of its group (parent, subsidiary, sibling) is already local (5)
 * @param penaltyPipeline    a live lead already targets it (8)
 */
@ConfigurationProperties("chainscout.scoring")
public record ScoringProperties(Double gapWeight, Double fitMain, Double fitSide, Double fortuneGlobal500,
                                Double chinaTop500, Double chinaPrivate500, Integer listSize, Double tieSupplier,
                                Double tieCustomer, Double tieShareholder, Double tieParent, Double tieHolding,
                                Double tiePartner, Double tieSibling, Double tieCoSupplier, Double unverifiedFactor,
                                Double chainTieWeight, Double tieSizeReference, Double chainTieCap, Double pathWeight, Double localSizeWeight,
                                Double reachHome, Double reachRegion, List<String> regionProvinces,
                                Double penaltyLocal, Double penaltyGroupLocal, Double penaltyPipeline) {

    public ScoringProperties {
        gapWeight = or(gapWeight, 0.3);
        fitMain = or(fitMain, 3.0);
        fitSide = or(fitSide, 1.0);
        fortuneGlobal500 = or(fortuneGlobal500, 10.0);
        chinaTop500 = or(chinaTop500, 7.0);
        chinaPrivate500 = or(chinaPrivate500, 6.0);
        listSize = listSize == null ? 500 : listSize;
        tieSupplier = or(tieSupplier, 5.0);
        tieCustomer = or(tieCustomer, 5.0);
        tieShareholder = or(tieShareholder, 4.0);
        tieParent = or(tieParent, 3.0);
        tieHolding = or(tieHolding, 3.0);
        tiePartner = or(tiePartner, 3.0);
        tieSibling = or(tieSibling, 2.0);
        tieCoSupplier = or(tieCoSupplier, 2.0);
        unverifiedFactor = or(unverifiedFactor, 0.5);
        chainTieWeight = or(chainTieWeight, 1.0);
        tieSizeReference = or(tieSizeReference, 2.0);
        chainTieCap = or(chainTieCap, 10.0);
        pathWeight = or(pathWeight, 4.0);
        localSizeWeight = or(localSizeWeight, 1.0);
        reachHome = or(reachHome, 3.0);
        reachRegion = or(reachRegion, 1.5);
        regionProvinces = regionProvinces == null ? List.of("湖北省", "河南省", "江西省", "安徽省", "山西省")
                : List.copyOf(regionProvinces);
        penaltyLocal = or(penaltyLocal, 100.0);
        penaltyGroupLocal = or(penaltyGroupLocal, 5.0);
        penaltyPipeline = or(penaltyPipeline, 8.0);
    }

    public static ScoringProperties defaults() {
        return new ScoringProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
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

    private static Double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
