package cn.chainscout.common.ui;

import cn.chainscout.common.graph.GraphData;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graph picture drawn in the browser by Cytoscape.js (a WebJar) through the small custom element
 * in {@code frontend/graph-view.js}. Served as static resources: Vaadin's npm build is not involved.
 */
@Tag("cs-graph")
@JavaScript("context://webjars/cytoscape/dist/cytoscape.min.js")
@JavaScript("context://frontend/graph-view.js")
public class GraphView extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public GraphView() {
        addClassName("cs-graph");
    }

    public void setGraph(GraphData graph) {
        getElement().setProperty("graph", JSON.writeValueAsString(graph));
    }

    /** How a large picture is drawn so that it stays smooth (the cluster map); small pictures need none. */
    public void setRenderOptions(RenderOptions options) {
        getElement().setProperty("options", JSON.writeValueAsString(options));
    }

    /**
     * @param hideEdgesOnViewport draw no edges while the user pans or zooms
     * @param textureOnViewport   pan and zoom a snapshot of the picture instead of redrawing it
     * @param fastEdges           straight edges without arrows or labels (Cytoscape's haystack)
     * @param minZoomedFontSize   hide a label once zooming makes it smaller than this (px), or null
     * @param minZoom             how far the user can zoom out (a large picture must fit), or null for 0.2
     */
    public record RenderOptions(boolean hideEdgesOnViewport, boolean textureOnViewport, boolean fastEdges,
                                Integer minZoomedFontSize, Double minZoom) {
    }

    /** Called with the node's id and kind when the user clicks a node. */
    public void onNodeClick(BiConsumer<String, String> listener) {
        addListener(NodeClickEvent.class, e -> listener.accept(e.nodeId, e.kind));
    }

    @DomEvent("cs-node-click")
    public static class NodeClickEvent extends ComponentEvent<GraphView> {

        private final String nodeId;
        private final String kind;

        public NodeClickEvent(GraphView source, boolean fromClient,
                              @EventData("event.detail.id") String nodeId,
                              @EventData("event.detail.kind") String kind) {
            super(source, fromClient);
            this.nodeId = nodeId;
            this.kind = kind;
        }
    }
}
