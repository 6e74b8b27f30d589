package cn.chainscout.lead;

import java.util.List;
import java.util.Set;

/**
 * What the graph says about a possible target, before scoring.
 *
 * @param kind                   manufacturer, design, retailer, … (null when unknown)
 * @param plantProvinces         provinces where it has plants (its headquarters province is added by the scorer)
 * @param revenueYi              latest annual revenue in 亿元: the seed's figure, else its list revenue converted;
 *                               null when unknown
 * @param revenueYear            the year of that figure
 * @param local                  the company itself is LOCATED_IN a park of the district
 * @param groupLocal             a parent, subsidiary or sibling of it is (and it is not itself)
 * @param groupLocalName         the short name of that local company of its group, null when none
 * @param inPipeline             a live (:Lead)-[:TARGETS]-> it exists
 * @param segmentsRunBySubsidiary segments where one of its subsidiaries operates: there the subsidiary is the lead
 */
public record CandidateFacts(String id, String name, String nameEn, List<String> aliases, String province,
                             String city, String country, String kind, List<String> plantProvinces, Double revenueYi,
                             Long revenueYear, List<RankFact> ranks, boolean local, boolean groupLocal,
                             String groupLocalName, boolean inPipeline, Set<String> segmentsRunBySubsidiary) {
}
