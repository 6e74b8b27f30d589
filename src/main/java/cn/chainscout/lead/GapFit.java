package cn.chainscout.lead;

import cn.chainscout.gap.GapStatus;

/** A segment of the district's chains the company operates in, with that segment's diagnosis. */
public record GapFit(String chainId, String segmentId, String segmentName, String segmentNameEn, GapStatus status,
                     double severity, boolean main) {
}
