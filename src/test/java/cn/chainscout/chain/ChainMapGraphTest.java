package cn.chainscout.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.chainscout.common.graph.GraphData;
import org.junit.jupiter.api.Test;

/** The chain map's layout rules, on a hand-made chain. */
class ChainMapGraphTest {

    private final ChainService service = new ChainService(null, new cn.chainscout.common.config.DistrictProperties("", null));

    @Test
    void stagesRunLeftToRightGroupsAreBoxesAndFeedsAreArrows() {
        ChainMap map = new ChainMap("c", "测试链", "Test chain", List.of(
                new ChainMap.SegmentNode("parts", "零部件", "Parts", "UPSTREAM", false, null, true, List.of()),
                new ChainMap.SegmentNode("glass", "盖板玻璃", "Cover glass", "UPSTREAM", true, "parts", false, List.of()),
                new ChainMap.SegmentNode("ems", "整机组装", "EMS", "MIDSTREAM", true, null, false, List.of("甲电子")),
                new ChainMap.SegmentNode("phone", "手机", "Phones", "DOWNSTREAM", false, null, false, List.of()),
                new ChainMap.SegmentNode("testing", "检测", "Testing", "SUPPORT", false, null, false, List.of())),
                List.of(new ChainMap.Feed("glass", "ems"), new ChainMap.Feed("ems", "phone")));

        GraphData graph = service.chainMapGraph(map, Locale.SIMPLIFIED_CHINESE);
        Map<String, GraphData.Node> nodes = graph.nodes().stream().collect(Collectors.toMap(GraphData.Node::id, Function.identity()));

        assertThat(graph.layout()).isEqualTo("preset");
        assertThat(nodes.get("glass").x()).isLessThan(nodes.get("ems").x());
        assertThat(nodes.get("ems").x()).isLessThan(nodes.get("phone").x());
        assertThat(nodes.get("phone").x()).isLessThan(nodes.get("testing").x());
        assertThat(nodes.get("parts").kind()).isEqualTo("group");
        assertThat(nodes.get("parts").x()).as("a group box takes its children's place").isNull();
        assertThat(nodes.get("glass").parent()).isEqualTo("parts");
        assertThat(nodes.get("glass").border()).isEqualTo("key");
        assertThat(nodes.get("ems").label()).isEqualTo("整机组装 (1)");
        assertThat(nodes.get("ems").color()).isEqualTo(ChainService.WITH_LOCAL_FIRMS);
        assertThat(nodes.get("phone").color()).isEqualTo(ChainService.WITHOUT_LOCAL_FIRMS);
        assertThat(graph.edges()).extracting(GraphData.Edge::source, GraphData.Edge::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("glass", "ems"), org.assertj.core.groups.Tuple.tuple("ems", "phone"));
        assertThat(service.chainMapGraph(map, Locale.ENGLISH).nodes()).extracting(GraphData.Node::label).contains("EMS (1)");
    }

    @Test
    void aTallStageWrapsIntoSubColumnsAndTheSameChainGivesTheSamePicture() {
        List<ChainMap.SegmentNode> segments = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            segments.add(new ChainMap.SegmentNode("s" + (char) ('a' + i), "环节" + i, null, "UPSTREAM", false, null, false, List.of()));
        }
        ChainMap map = new ChainMap("c", "测试链", null, segments, List.of());
        GraphData graph = service.chainMapGraph(map, Locale.SIMPLIFIED_CHINESE);
        assertThat(graph.nodes().stream().map(GraphData.Node::x).distinct()).hasSize(2);
        assertThat(graph.nodes()).extracting(GraphData.Node::y).allSatisfy(y -> assertThat(y).isLessThan(9 * 48.0));
        assertThat(service.chainMapGraph(map, Locale.SIMPLIFIED_CHINESE)).isEqualTo(graph);
    }
}
