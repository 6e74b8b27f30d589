package cn.chainscout.common.graph;

import java.util.List;

/**
 * A small graph to draw: what a service returns and {@link GraphView} shows.
 *
 * @param layout a Cytoscape.js layout name (cose, breadthfirst, concentric, …)
 */
public record GraphData(List<Node> nodes, List<Edge> edges, String layout) {

    /**
     * @param kind   what the node is (chain, company, segment, group, …): styles and click handling use it
     * @param parent the id of the box the node is drawn in (a segment inside its segment group), or null
     * @param x      position for the "preset" layout, or null to let the layout place it
     * @param border a highlight: "key" draws a thick border (a segment the chain must have at home)
     */
    public record Node(String id, String label, String kind, String color, int size, String parent,
                       Double x, Double y, String border) {

        public Node(String id, String label, String kind, String color, int size) {
            this(id, label, kind, color, size, null, null, null, null);
        }
    }

    public record Edge(String source, String target, String label, String kind) {
    }
}
