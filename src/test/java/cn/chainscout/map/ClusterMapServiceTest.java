package cn.chainscout.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.common.graph.GraphData;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.GapStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cluster map's picture on the seeded graph (graph-seed/): what is drawn, how big, which outline. */
@ChainScoutTest
@WithMockUser(roles = "LEADER") // the services are secured; reading is allowed to every role
class ClusterMapServiceTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ClusterMapService maps;

    @Autowired
    GapService gaps;

    @Test
    void theWholeClusterIsDrawnWithEveryNodePlaced() {
        ClusterMap map = maps.map(MapFilter.ALL, ZH);
        assertThat(map.chains()).extracting(ClusterMap.ChainKey::id)
                .containsExactly("smart-terminal", "food", "new-materials", "pharma-medical");
        assertThat(ids(map, "chain")).hasSize(4);
        // 206 segments, of which the 177 leaves are drawn (groups only hold them)
        assertThat(ids(map, "cluster-segment")).hasSize(map.segments()).hasSize(177);
        // graph-seed/located-in.csv: 77 distinct local firms (永杉锂业 is in two parks, drawn once)
        assertThat(ids(map, "company")).hasSize(77).hasSize(map.firms()).contains("company:ausnutria");
        assertThat(map.graph().layout()).isEqualTo("preset");
        assertThat(map.graph().nodes()).allSatisfy(n -> assertThat(n.x()).isNotNull());
        Set<String> nodeIds = map.graph().nodes().stream().map(GraphData.Node::id).collect(Collectors.toSet());
        assertThat(map.graph().edges()).allSatisfy(e -> assertThat(nodeIds).contains(e.source(), e.target()));
    }

    @Test
    void firmsAreSizedByTierAndColouredByChainAndGapsAreOutlined() {
        ClusterMap map = maps.map(MapFilter.ALL, ZH);
        GraphData.Node byd = node(map, "company:byd-electronics-changsha");
        GraphData.Node want = node(map, "company:hunan-want-want-food");
        assertThat(byd.size()).isEqualTo(ClusterMapService.TIER_SIZES.get("百亿"));
        assertThat(want.size()).isEqualTo(ClusterMapService.UNKNOWN_TIER_SIZE);
        assertThat(byd.color()).isEqualTo(node(map, "chain:smart-terminal").color());
        assertThat(want.color()).isEqualTo(node(map, "chain:food").color());
        assertThat(byd.border()).isEqualTo("leading");
        // 恒茂高科 operates in a segment group (not a leaf): still drawn in its chain's block and colour
        assertThat(node(map, "company:hengmao-hi-tech").color()).isEqualTo(node(map, "chain:smart-terminal").color());
        // labels: the shortest Chinese alias, else the name without its legal form
        assertThat(node(map, "company:ausnutria").label()).isEqualTo("澳优");
        assertThat(node(map, "company:desay-battery-changsha").label()).isEqualTo("德赛电池（长沙）");
        // no source names 康普通信's products: it operates in none of the four chains' segments
        assertThat(node(map, "company:hunan-kangpu-comm").color()).isEqualTo(ClusterMapService.NO_CHAIN_COLOUR);
        var diagnosis = gaps.diagnose("smart-terminal");
        assertThat(diagnosis.segment("st-cover-glass").orElseThrow().status()).isEqualTo(GapStatus.MISSING);
        assertThat(node(map, "segment:st-cover-glass").border()).isEqualTo("gap-MISSING");
        long gapsOfAllChains = map.chains().stream().mapToLong(c -> gaps.diagnose(c.id()).gaps().size()).sum();
        assertThat(map.gaps()).isEqualTo(gapsOfAllChains);
        assertThat(map.graph().nodes().stream().filter(n -> n.border() != null && n.border().startsWith("gap-"))).hasSize(map.gaps());
    }

    @Test
    void filtersByChainAndByParkIncludingTheParksInsideAZone() {
        ClusterMap food = maps.map(new MapFilter("food", null), ZH);
        assertThat(ids(food, "chain")).containsExactly("chain:food");
        assertThat(ids(food, "company")).contains("company:ausnutria", "company:yihai-kerry-hunan")
                .doesNotContain("company:byd-electronics-changsha", "company:hunan-kangpu-comm");
        assertThat(food.segments()).isLessThan(177);

        // graph-seed/located-in.csv: the eight firms in 铜官工业片区
        ClusterMap tongguan = maps.map(new MapFilter(null, "tongguan-industrial-area"), ZH);
        assertThat(ids(tongguan, "company")).containsExactlyInAnyOrder("company:jinchi-energy",
                "company:wastena-tongguan", "company:hunan-yongshan-lithium", "company:hunan-xinjinhao",
                "company:hunan-wugan-pharma", "company:jinkai-recycling", "company:yihai-kerry-hunan",
                "company:juxing-building-materials");
        // 望城经开区 holds 铜官工业片区 and the two industrial parks (58 firms); outside it: 海归小镇 and the
        // firms whose park no source names (望城区（园区不详）)
        ClusterMap zone = maps.map(new MapFilter(null, "wangcheng-etdz"), ZH);
        assertThat(zone.firms()).isEqualTo(58);
        assertThat(ids(maps.map(new MapFilter(null, "haigui-town"), ZH), "company"))
                .containsExactlyInAnyOrder("company:hunan-yongshan-lithium", "company:cn-000016");
    }

    @Test
    void nodesAreNamedInTheUsersLanguage() {
        assertThat(node(maps.map(MapFilter.ALL, Locale.ENGLISH), "chain:food").label()).startsWith("Food (").contains(" segments · ", " gaps · ", " firms)");
        assertThat(node(maps.map(MapFilter.ALL, ZH), "chain:food").label()).startsWith("食品（").contains(" 环节 · 缺口 ", " 家企业）");
    }

    private static List<String> ids(ClusterMap map, String kind) {
        return map.graph().nodes().stream().filter(n -> kind.equals(n.kind())).map(GraphData.Node::id).toList();
    }

    private static GraphData.Node node(ClusterMap map, String id) {
        return map.graph().nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
