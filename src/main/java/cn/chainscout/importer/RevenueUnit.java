package cn.chainscout.importer;

import java.math.BigDecimal;

/**
 * Units list publishers give revenue in. A Ranking stores revenue in one of them
 * ({@code revenueUnit} USD_M or CNY_10K); yuan units convert into each other, dollars never into yuan.
 */
public enum RevenueUnit {
    CNY_10K("CNY", new BigDecimal("10000")),
    CNY_100M("CNY", new BigDecimal("100000000")),
    CNY("CNY", BigDecimal.ONE),
    USD_M("USD", new BigDecimal("1000000"));

    private final String currency;
    private final BigDecimal factor;

    RevenueUnit(String currency, BigDecimal factor) {
        this.currency = currency;
        this.factor = factor;
    }

    public boolean convertsTo(RevenueUnit other) {
        return currency.equals(other.currency);
    }

    public BigDecimal convert(BigDecimal value, RevenueUnit to) {
        return value.multiply(factor).divide(to.factor, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The unit a header or cell names, e.g. "营业收入（亿元）", "Revenues ($M)"; null when it names none. */
    static RevenueUnit named(String text) {
        String t = NameNormaliser.halfWidth(text).toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (t.contains("百万美元") || t.contains("us$m") || t.contains("$m") || t.contains("usdm")
                || t.contains("million") || t.contains("musd") || t.contains("(usd")) {
            return USD_M;
        }
        if (t.contains("亿元") || t.endsWith("亿")) {
            return CNY_100M;
        }
        if (t.contains("万元") || t.endsWith("万")) {
            return CNY_10K;
        }
        return null;
    }
}
