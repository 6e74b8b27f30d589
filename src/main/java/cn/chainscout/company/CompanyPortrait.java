package cn.chainscout.company;

import java.util.List;

/** Everything the company page shows, each fact with the source it came from. */
public record CompanyPortrait(String id, String name, String nameEn, List<String> aliases, String province,
                              String country, String ownership, List<String> listing, String source,
                              List<Presence> parks, List<SegmentRole> segments, List<RankEntry> rankings,
                              List<Tie> ties, long tieCount) {

    /** More ties exist than the portrait holds (a hub firm): it holds the first by kind and name. */
    public boolean tiesCut() {
        return tieCount > ties.size();
    }

    public boolean local() {
        return !parks.isEmpty();
    }

    /** Where the company sits in the district (LOCATED_IN); parent = the zone a sub-park belongs to. */
    public record Presence(String parkId, String parkName, String parkNameEn, String parentName, String parentNameEn,
                           boolean leading, String tier,
                           Long since, String source, String confidence) {
    }

    /** A segment the company operates in; main = main business, not a side line. */
    public record SegmentRole(String segmentId, String segmentName, String segmentNameEn, String chainName,
                              String chainNameEn, boolean main, List<String> products, String source,
                              String confidence) {
    }

    /** A place on one of the three 500-strong lists. */
    public record RankEntry(String rankingId, String rankingName, String rankingNameEn, long year, long rank,
                            Double revenue, String revenueUnit, String source) {
    }

    /** A tie to another company; outgoing = this company SUPPLIES / INVESTS_IN / … the other. */
    public record Tie(String type, boolean outgoing, String otherId, String otherName, String otherNameEn,
                      List<String> products, Double share, String source, String confidence) {
    }
}
