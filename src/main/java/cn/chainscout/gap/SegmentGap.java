package cn.chainscout.gap;

import java.util.List;

/**
 * One leaf segment's diagnosis with the numbers behind it.
 *
 * @param needed          key, or it FEEDS a segment where a local firm operates
 * @param importance      1 + key bonus + demand weight × size of the local firms it feeds
 * @param severity        status weight × importance (0 when not a gap); orders the gaps
 * @param localFirms      local firms operating in the segment
 * @param downstreamDemand the local firms in the segments it feeds
 * @param demandSize      their size points together (each firm once)
 * @param tiedToDemand    some local firm here is, or SUPPLIES, one of those local firms
 * @param candidateCount  outside companies operating in the segment
 * @param reasonZh        the status and the facts behind it in one line, e.g. 关键环节；下游本地需求：…；本地无企业 → 缺链
 * @param indirectDemand  local firms it reaches only through two or more FEEDS steps (each once)
 * @param attractable     false for segments almost no district can attract: listed after the others, with a note
 */
public record SegmentGap(String segmentId, String name, String nameEn, String stage, String parentName,
                         String parentNameEn, boolean key, boolean needed, GapStatus status, double importance,
                         double severity, List<FirmRef> localFirms, List<Demand> downstreamDemand,
                         double demandSize, boolean tiedToDemand, long candidateCount, String reasonZh,
                         String reasonEn, List<FirmRef> indirectDemand, boolean attractable) {

    /** A local firm the segment feeds, and the segment it operates in there. */
    public record Demand(String segmentId, String segmentName, String segmentNameEn, FirmRef firm) {
    }

    public List<String> localFirmNames() {
        return localFirms.stream().map(FirmRef::name).toList();
    }
}
