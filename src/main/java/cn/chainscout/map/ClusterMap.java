package cn.chainscout.map;

import java.util.List;

import cn.chainscout.common.graph.GraphData;

/**
 * The cluster map: the picture and what its legend and filters need.
 *
 * @param chains   every chain of the district with its colour (legend and chain filter)
 * @param parks    every park of the district (park filter); parentId for a park inside a zone
 * @param segments leaf segments drawn, gaps among them, local firms drawn
 */
public record ClusterMap(GraphData graph, List<ChainKey> chains, List<ParkOption> parks, int segments, int gaps,
                         int firms) {

    public record ChainKey(String id, String name, String nameEn, String colour) {
    }

    public record ParkOption(String id, String name, String nameEn, String parentId) {
    }
}
