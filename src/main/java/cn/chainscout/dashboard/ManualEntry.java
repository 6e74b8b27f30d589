package cn.chainscout.dashboard;

import java.time.LocalDate;

/**
 * A value a person enters for a target the graph cannot measure.
 *
 * @param value  the current figure in the target's unit (null when the field was left empty)
 * @param asOf   the date the figure is true for (统计截止日期)
 * @param source where the figure comes from (e.g. 区统计局 2026年10月月报)
 */
public record ManualEntry(Double value, LocalDate asOf, String source) {
}
