package cn.chainscout.dashboard;

import java.util.List;

/**
 * What a value measured from the firms' sized figures rests on, shown beside it: 据 N 家企业公开数字.
 *
 * @param firms        the local firms the measure is about (the district's, or a chain's)
 * @param sized        how many of them have a sized figure (size_yi, or at least a tier)
 * @param earliestYear the oldest figure's year, null without figures
 * @param latestYear   the newest figure's year, null without figures
 * @param kinds        the kinds of figure summed (营收 revenue, 产值 output)
 */
public record Basis(long firms, long sized, Integer earliestYear, Integer latestYear, List<String> kinds) {

    public Basis {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** Firms the measure is about that have no figure: the value leaves them out. */
    public long withoutFigure() {
        return Math.max(0, firms - sized);
    }
}
