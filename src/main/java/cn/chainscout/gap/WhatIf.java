package cn.chainscout.gap;

import java.util.List;

/** What changes in a chain if one company lands in the district. */
public record WhatIf(String companyId, String companyName, String companyNameEn, String chainId, String chainName,
                     String chainNameEn, List<Covered> coveredSegments, List<Change> changes,
                     double completenessBefore, double completenessAfter) {

    /** A leaf segment of the chain the company operates in. */
    public record Covered(String segmentId, String name, String nameEn, boolean main) {
    }

    /** A segment whose status or severity changes. */
    public record Change(String segmentId, String name, String nameEn, GapStatus before, GapStatus after,
                         double severityBefore, double severityAfter) {
    }
}
