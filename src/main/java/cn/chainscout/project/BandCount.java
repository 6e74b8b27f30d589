package cn.chainscout.project;

/**
 * How many projects reach one of the plan's size bands.
 *
 * @param measure the key of the plan target it measures (graph-seed/targets.csv {@code measure})
 * @param minYi   investment of at least this many 亿元
 * @param target  the plan's figure, null if the seed has no such target
 */
public record BandCount(String measure, double minYi, Double target, long count) {
}
