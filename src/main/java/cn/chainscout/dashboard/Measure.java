package cn.chainscout.dashboard;

import java.util.Optional;

/**
 * What a target's {@code measure} column (graph-seed/targets.csv) asks the graph to count.
 * {@code manual} is entered by hand. A chain's output ({@code chain-output:<chainId>}) is summed from its
 * local firms' sized figures where any has one (DashboardService), else entered by hand.
 */
public enum Measure {
    /** Local firms whose best tier is 百亿 (≥ 100亿元 output or revenue). */
    TIER_100YI("tier-100yi-count"),
    /** Local firms whose best tier is 50亿 (50–100亿元): a rung of the plan's ladder, 百亿级 not included. */
    TIER_50YI("tier-50yi-count"),
    /** Local firms whose best tier is 10亿 (10–50亿元), the higher rungs not included. */
    TIER_10YI("tier-10yi-count"),
    /** Local firms with a stock code of their own. */
    LISTED("listed-count"),
    /** Signed projects (签约, 开工 or 投产) investing ≥ 100亿元. */
    SIGNED_100YI("signed-projects-100yi"),
    /** Signed projects investing ≥ 50亿元 (the 100亿 ones included: "50亿元以上"). */
    SIGNED_50YI("signed-projects-50yi"),
    /** Signed projects investing ≥ 10亿元 (the larger ones included). */
    SIGNED_10YI("signed-projects-10yi"),
    /** Projects introduced (signed in any stage) investing ≥ 1亿元. */
    PROJECTS_OVER_1YI("projects-over-1yi");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Counted from the local firms' tiers (which rest on their sized figures). */
    boolean tier() {
        return this == TIER_100YI || this == TIER_50YI || this == TIER_10YI;
    }

    /** Counted by the project feature (one of ProjectService.BANDS: its stages and bands), not by the dashboard. */
    boolean projectBand() {
        return cn.chainscout.project.ProjectService.BANDS.stream().anyMatch(b -> key.equals(b.get("measure")));
    }

    /** The measure the graph computes for this column value, or empty when a person enters the value. */
    public static Optional<Measure> of(String column) {
        for (Measure m : values()) {
            if (m.key.equals(column)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The chain an output target is about ({@code chain-output:<chainId>}), if it is one. */
    public static Optional<String> chainOutput(String column) {
        return column != null && column.startsWith("chain-output:")
                ? Optional.of(column.substring("chain-output:".length())) : Optional.empty();
    }
}
