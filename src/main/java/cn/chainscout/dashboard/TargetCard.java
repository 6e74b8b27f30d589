package cn.chainscout.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One target of the plan as the dashboard shows it.
 *
 * @param measure    the targets.csv measure column (tier-100yi-count, manual, chain-output:food, …)
 * @param origin     where the current value comes from
 * @param value      the current value, null while nobody has entered one
 * @param asOf       the date the value is true for (today for a measured value)
 * @param source     a hand entry's source; null for measured values
 * @param enteredBy  who entered the value by hand, and when (null for measured values)
 * @param trend      hand entries by date, or the measured value's daily snapshots, oldest first
 * @param lowerIsBetter met at or below the figure (a rank)
 * @param basis      for a value from the firms' sized figures: how many firms have one and of which years; else null
 */
public record TargetCard(String id, String group, String name, String nameEn, double figure, String unit,
                         Integer deadline, String measure, Origin origin, Double value, LocalDate asOf,
                         String source, String enteredBy, LocalDateTime enteredAt, List<TrendPoint> trend,
                         boolean lowerIsBetter, Basis basis) {

    public enum Origin {
        /** counted from the graph by its measure */
        MEASURED,
        /** the plan's figure is not in the graph: entered by hand */
        MANUAL,
        /** the graph could sum it but none of the firms it is about has a figure yet (chain output): entered by hand */
        NO_GRAPH_DATA
    }

    public boolean enteredByHand() {
        return origin != Origin.MEASURED;
    }

    /** A person may enter a value: a target the graph cannot know, or a chain's output (an official statistic beats the graph's sum). */
    public boolean acceptsEntry() {
        return enteredByHand() || Measure.chainOutput(measure).isPresent();
    }

    /** Share of the figure reached, 0..1; null without a value. */
    public Double progress() {
        if (value == null) {
            return null;
        }
        if (lowerIsBetter) {
            return value <= 0 ? 0 : Math.min(1, figure / value);
        }
        return figure <= 0 ? 1 : Math.min(1, value / figure);
    }

    public boolean met() {
        return value != null && (lowerIsBetter ? value > 0 && value <= figure : value >= figure);
    }
}
