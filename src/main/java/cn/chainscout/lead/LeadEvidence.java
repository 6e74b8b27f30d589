package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.gap.SegmentGap;

/** Paths behind a lead that need no query (the diagnosis already holds them), and tie ordering. */
final class LeadEvidence {

    static final int MAX_TIE_PATHS = 3;

    /** The gap: the segment FEEDS segments where local firms operate. */
    static Optional<EvidencePath> gap(SegmentGap gap) {
        if (gap.downstreamDemand().isEmpty()) {
            return Optional.empty();
        }
        Map<String, EvidencePath.Node> nodes = new LinkedHashMap<>();
        List<EvidencePath.Relationship> rels = new ArrayList<>();
        nodes.put(gap.segmentId(), new EvidencePath.Node(gap.segmentId(), gap.name(), gap.nameEn(), "Segment"));
        for (SegmentGap.Demand d : gap.downstreamDemand()) {
            if (nodes.putIfAbsent(d.segmentId(), new EvidencePath.Node(d.segmentId(), d.segmentName(), d.segmentNameEn(), "Segment")) == null) {
                rels.add(new EvidencePath.Relationship(gap.segmentId(), d.segmentId(), "FEEDS", null));
            }
            nodes.putIfAbsent(d.firm().id(), new EvidencePath.Node(d.firm().id(), d.firm().name(), d.firm().nameEn(), "Company"));
            rels.add(new EvidencePath.Relationship(d.firm().id(), d.segmentId(), "OPERATES_IN", null));
        }
        return Optional.of(new EvidencePath("GAP", List.copyOf(nodes.values()), List.copyOf(rels)));
    }

    static EvidencePath ranked(CandidateFacts c, RankFact r) {
        return new EvidencePath("RANKED", List.of(new EvidencePath.Node(c.id(), c.name(), c.nameEn(), "Company"),
                new EvidencePath.Node(r.rankingId(), r.rankingName(), r.rankingNameEn(), "Ranking")),
                List.of(new EvidencePath.Relationship(c.id(), r.rankingId(), "RANKED", null)));
    }

    /** Worth most first (strength per step × local firm size), then shorter, then by local firm, kind and path. */
    static Comparator<TieFact> tieOrder(LeadScorer scorer) {
        return Comparator.comparingDouble(scorer::tieValue).reversed()
                .thenComparingInt(TieFact::length)
                .thenComparing(TieFact::viaId)
                .thenComparing(TieFact::kind)
                .thenComparing(t -> t.path().nodes().stream().map(EvidencePath.Node::id).toList().toString());
    }

    private LeadEvidence() {
    }
}
