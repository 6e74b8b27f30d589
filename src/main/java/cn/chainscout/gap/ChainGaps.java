package cn.chainscout.gap;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chain's diagnosis: every leaf segment, gaps first by severity.
 *
 * @param completeness share (0..1) of the needed segments served at home, each weighted by its
 *                     importance and credited by its status (1 − Σ severity / Σ missing-severity)
 * @param counts       leaf segments per status
 */
public record ChainGaps(String chainId, String chainName, String chainNameEn, String districtId,
                        String districtName, String districtNameEn, String province, double completeness,
                        Map<GapStatus, Long> counts, List<SegmentGap> segments) {

    public List<SegmentGap> gaps() {
        return segments.stream().filter(s -> s.status().isGap()).toList();
    }

    public Optional<SegmentGap> segment(String segmentId) {
        return segments.stream().filter(s -> s.segmentId().equals(segmentId)).findFirst();
    }
}
