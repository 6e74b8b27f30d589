package cn.chainscout.lead;

import cn.chainscout.gap.GapStatus;

/**
 * A segment of the district's chains the company operates in, with that segment's diagnosis.
 *
 * @param share       its main-business share in the segment (0–1), null when the graph has no figure
 * @param since       the year it started in the segment, null when unknown
 * @param attractable false for segments almost no district can attract (wafer fabs, panel fabs …)
 */
public record GapFit(String chainId, String segmentId, String segmentName, String segmentNameEn, GapStatus status,
                     double severity, boolean main, Double share, Long since, boolean attractable) {
}
