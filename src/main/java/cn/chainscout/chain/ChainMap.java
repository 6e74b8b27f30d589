package cn.chainscout.chain;

import java.util.List;

/** A chain's segments and what feeds what: the data behind the chain map picture. */
public record ChainMap(String chainId, String name, String nameEn, List<SegmentNode> segments, List<Feed> feeds) {

    /**
     * @param group       true for a segment that only groups others (核心零部件 …)
     * @param localFirms  names of the district's firms operating in the segment
     */
    public record SegmentNode(String id, String name, String nameEn, String stage, boolean key, String parentId,
                              boolean group, List<String> localFirms) {
    }

    /** Input segment → output segment. */
    public record Feed(String fromId, String toId) {
    }
}
