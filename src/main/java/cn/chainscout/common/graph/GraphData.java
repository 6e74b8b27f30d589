package cn.chainscout.common.graph;

import java.util.List;

/**
 * A small graph to draw: what a service returns and {@link GraphView} shows.
 *
 * @param layout a Cytoscape.js layout name (cose, breadthfirst, concentric, …)
 */
public record GraphData(List<Node> nodes, List<Edge> edges, String layout) {

    /** @param kind what the node is (chain, company, segment, …): styles and click handling use it */
    public record Node(String id, String label, String kind, String color, int size) {
    }

    public record Edge(String source, String target, String label, String kind) {
    }
}
