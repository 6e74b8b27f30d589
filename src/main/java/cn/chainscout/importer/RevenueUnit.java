package cn.chainscout.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Units list publishers give revenue in. A Ranking stores revenue in one of them
 * ({@code revenueUnit} USD_M or CNY_10K); yuan units convert into each other, dollars into dollars,
 * never one currency into the other (the code holds no exchange rate).
 */
public enum RevenueUnit {
    CNY_10K("CNY", "10000", "万元"),
    CNY_100M("CNY", "100000000", "亿元"),
    CNY("CNY", "1", "元"),
    CNY_1K("CNY", "1000", "千元"),
    CNY_1M("CNY", "1000000", "百万元"),
    CNY_10M("CNY", "10000000", "千万元"),
    USD_M("USD", "1000000", "百万美元 (US$ m)"),
    USD("USD", "1", "美元 (US$)"),
    USD_1K("USD", "1000", "千美元 (US$ k)"),
    USD_10K("USD", "10000", "万美元"),
    USD_100M("USD", "100000000", "亿美元"),
    USD_B("USD", "1000000000", "十亿美元 (US$ bn)");

    private final String currency;
    private final BigDecimal factor;
    private final String label;

    RevenueUnit(String currency, String factor, String label) {
        this.currency = currency;
        this.factor = new BigDecimal(factor);
        this.label = label;
    }

    public boolean convertsTo(RevenueUnit other) {
        return currency.equals(other.currency);
    }

    public BigDecimal convert(BigDecimal value, RevenueUnit to) {
        return value.multiply(factor).divide(to.factor, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Names a multiple (万, 亿, million), not just a currency ("$", "¥", "元"). */
    boolean scaled() {
        return factor.compareTo(BigDecimal.ONE) != 0;
    }

    /** How a Chinese reader writes the unit, for messages: 万元, 百万美元 (US$ m). */
    public String label() {
        return label;
    }

    // currencies no list is stored in, and no rate to convert them
    private static final List<String> OTHER_CURRENCIES = List.of("欧元", "日元", "英镑", "港元", "港币", "韩元", "卢布",
            "新台币", "台币", "€", "£", "円");
    private static final Pattern OTHER_CURRENCY_WORDS = Pattern.compile("\\b(eur|euro|euros|gbp|jpy|hkd|twd|krw|chf|yen)\\b");
    private static final Pattern DOLLAR_WORDS = Pattern.compile("\\$|\\b(usd|usdm|musd|dollars?)\\b|美元");
    private static final Pattern YUAN_WORDS = Pattern.compile("(?<!美)元|¥|人民币|\\b(rmb|cny|yuan)\\b");
    private static final Pattern MILLION = Pattern.compile("\\b(millions?|mn|mln|usdm|musd)\\b|\\$\\s*m\\b|\\b(usd|us|rmb|cny)\\s*\\$?\\s*m\\b");
    private static final Pattern BILLION = Pattern.compile("\\b(billions?|bn)\\b|\\$\\s*b\\b");
    private static final Pattern THOUSAND = Pattern.compile("\\b(thousands?)\\b|\\$\\s*k\\b");

    /**
     * The unit a header or cell names, e.g. "营业收入（亿元）", "Revenues ($M)", "130.9亿"; null when it names
     * none, or one this enum does not hold (see {@link #namesAUnit}).
     */
    static RevenueUnit named(String text) {
        String t = NameNormaliser.halfWidth(text).toLowerCase(Locale.ROOT);
        if (otherCurrency(t)) {
            return null;
        }
        boolean dollars = DOLLAR_WORDS.matcher(t).find();
        boolean yuan = YUAN_WORDS.matcher(t).find();
        if (dollars && yuan) {
            return null; // "美元/人民币": not one unit
        }
        String compact = t.replace(" ", "");
        // Chinese scale words, largest first ("十亿" before "亿", "千万" and "百万" before "万")
        long scale = compact.contains("十亿") ? 1_000_000_000L : compact.contains("亿") ? 100_000_000L
                : compact.contains("千万") ? 10_000_000L : compact.contains("百万") ? 1_000_000L
                : compact.contains("万") ? 10_000L : compact.contains("千") ? 1_000L : 0;
        if (scale == 0) {
            scale = BILLION.matcher(t).find() ? 1_000_000_000L : MILLION.matcher(t).find() ? 1_000_000L
                    : THOUSAND.matcher(t).find() ? 1_000L : 0;
            if (scale != 0 && !yuan) {
                dollars = true; // "Revenues (millions)": the English lists count in dollars
            }
        }
        if (!dollars && !yuan) {
            if (scale == 0) {
                return null;
            }
            yuan = true; // "130.9亿", "营业收入（万）": a Chinese page counts in yuan
        }
        long s = scale == 0 ? 1 : scale;
        for (RevenueUnit unit : values()) {
            if (unit.currency.equals(dollars ? "USD" : "CNY") && unit.factor.longValueExact() == s) {
                return unit;
            }
        }
        return null; // e.g. 十亿元, 千万美元: a scale no list uses
    }

    /** The text names a currency or a scale at all (known or not): "营业收入（万欧元）" does, "营业收入" does not. */
    static boolean namesAUnit(String text) {
        String t = NameNormaliser.halfWidth(text).toLowerCase(Locale.ROOT);
        return otherCurrency(t) || DOLLAR_WORDS.matcher(t).find() || YUAN_WORDS.matcher(t).find()
                || t.matches(".*[亿万千].*") || MILLION.matcher(t).find() || BILLION.matcher(t).find()
                || THOUSAND.matcher(t).find();
    }

    private static boolean otherCurrency(String t) {
        return OTHER_CURRENCIES.stream().anyMatch(t::contains) || OTHER_CURRENCY_WORDS.matcher(t).find();
    }
}
