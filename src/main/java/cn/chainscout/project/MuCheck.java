package cn.chainscout.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A project's figures per mu against the 亩均 bar: each measure with its value, threshold and result.
 * Decimal arithmetic, so a figure exactly on the bar passes (4 亿元 on 100 亩 is 400 万元/亩).
 */
public record MuCheck(List<Measure> measures) {

    /** One measure: investment, tax or output, in 万元 per 亩. */
    public record Measure(String name, double perMuWan, double thresholdWan, boolean pass) {
    }

    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    public static MuCheck of(double investmentYi, double landMu, double annualOutputYi, double annualTaxWan,
                             MuBarProperties bar) {
        BigDecimal land = BigDecimal.valueOf(landMu);
        return new MuCheck(List.of(
                measure("investment", BigDecimal.valueOf(investmentYi).multiply(WAN_PER_YI), land, bar.investmentWan()),
                measure("tax", BigDecimal.valueOf(annualTaxWan), land, bar.taxWan()),
                measure("output", BigDecimal.valueOf(annualOutputYi).multiply(WAN_PER_YI), land, bar.outputWan())));
    }

    private static Measure measure(String name, BigDecimal totalWan, BigDecimal land, double threshold) {
        BigDecimal perMu = totalWan.divide(land, 10, RoundingMode.HALF_UP);
        return new Measure(name, perMu.doubleValue(), threshold, perMu.compareTo(BigDecimal.valueOf(threshold)) >= 0);
    }

    public boolean passes() {
        return measures.stream().allMatch(Measure::pass);
    }

    public Measure measure(String name) {
        return measures.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
