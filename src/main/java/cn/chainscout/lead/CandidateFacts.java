package cn.chainscout.lead;

import java.util.List;

/**
 * What the graph says about a possible target, before scoring.
 *
 * @param local      the company itself is LOCATED_IN a park of the district
 * @param groupLocal a parent, subsidiary or sibling of it is (and it is not itself)
 * @param inPipeline a live (:Lead)-[:TARGETS]-> it exists
 */
public record CandidateFacts(String id, String name, String nameEn, List<String> aliases, String province,
                             String country, List<RankFact> ranks, boolean local, boolean groupLocal,
                             boolean inPipeline) {
}
