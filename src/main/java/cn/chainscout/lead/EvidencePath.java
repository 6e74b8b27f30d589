package cn.chainscout.lead;

import java.util.List;

/**
 * A graph path behind a score part, as data for a picture.
 *
 * @param kind what it shows: GAP, SEGMENT, RANKED, TIE, GROUP_LOCAL, NEEDS (what the maker makes feeds what the plant
 *             makes: no relation between the two companies claimed)
 */
public record EvidencePath(String kind, List<Node> nodes, List<Relationship> relationships) {

    /** @param label Company, Segment, Chain, Ranking, Park, District */
    public record Node(String id, String name, String nameEn, String label) {
    }

    /** @param confidence reported / derived / unverified, null where the relation has none */
    public record Relationship(String from, String to, String type, String confidence) {
    }
}
