package cn.chainscout.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.company.CompanyHit;
import cn.chainscout.company.CompanyService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;

/** What the shipped graph-seed/ holds once loaded into a fresh embedded Neo4j (issue: a real seed graph). */
@ChainScoutTest
@WithMockUser(roles = "LEADER") // the services are secured; reading is allowed to every role
class SeedContentTest {

    @Autowired
    Driver driver;

    @Autowired
    CompanyService companies;

    @Test
    void fourChainsEachWithASegmentTreeAcrossTheStages() {
        List<Map<String, Object>> chains;
        try (var session = driver.session()) {
            chains = session.run("""
                    MATCH (c:Chain)-[:IN]->(:District {id: 'wangcheng'})
                    RETURN c.name AS name,
                           COUNT { (c)-[:HAS_SEGMENT]->() } AS segments,
                           COLLECT { MATCH (c)-[:HAS_SEGMENT]->(s) RETURN DISTINCT s.stage } AS stages,
                           COUNT { (c)-[:HAS_SEGMENT]->()-[:PART_OF]->() } AS nested,
                           COUNT { (c)-[:HAS_SEGMENT]->()-[:FEEDS]->() } AS feeds
                    """).list(r -> r.asMap());
        }
        assertThat(chains).extracting(c -> c.get("name")).containsExactlyInAnyOrder("智能终端", "食品", "新材料先进制造", "医药医疗器械");
        assertThat(chains).allSatisfy(c -> {
            assertThat((Long) c.get("segments")).as("segments of %s", c.get("name")).isGreaterThanOrEqualTo(15);
            assertThat(c.get("stages").toString()).contains("UPSTREAM", "MIDSTREAM", "DOWNSTREAM");
            assertThat((Long) c.get("nested")).isPositive();
            assertThat((Long) c.get("feeds")).isGreaterThanOrEqualTo(10);
        });
    }

    @Test
    void theDistrictAndTheZonesThePlanNames() {
        assertThat(GraphCounts.count(driver, """
                MATCH (p:Park)-[:IN]->(:District {name: '望城区'})
                WHERE p.name IN ['望城经开区', '铜官工业片区', '滨水新城', '海归小镇', '高星物流园', '湾田国际']
                RETURN count(DISTINCT p.name)""")).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"比亚迪电子", "澳优", "金驰能源", "晟通", "旺旺", "恒飞电缆", "湘江涂料", "金龙集团",
            "中信戴卡", "德赛电池", "大华", "益海嘉里", "永杉锂业"})
    void searchFindsEveryFirmThePlanNamesAsALocalFirm(String name) {
        List<CompanyHit> hits = companies.search(name, 5);
        assertThat(hits).as("search %s", name).isNotEmpty();
        // 恒飞电缆: the plan names it, but no public page found gives its park (see graph-seed/notes/local-firms.md)
        if (!name.equals("恒飞电缆")) {
            assertThat(hits.getFirst().local()).as("%s is located in a Wangcheng park", name).isTrue();
        }
    }

    @Test
    void theThreeListsAreCompleteWithOneNodePerCompany() {
        assertThat(ranked("fortune-global-500-2024")).isEqualTo(500);
        assertThat(ranked("china-private-500-2026")).isEqualTo(500);
        assertThat(ranked("china-top-500-2025")).isEqualTo(120);
        // 比亚迪 is one company whether Fortune says "BYD" or ACFIC "比亚迪股份有限公司"
        assertThat(GraphCounts.count(driver, """
                MATCH (c:Company {name: '比亚迪股份有限公司'})-[:RANKED]->(r:Ranking)
                WHERE r.id IN ['fortune-global-500-2024', 'china-private-500-2026']
                RETURN count(r)""")).isEqualTo(2);
        long onTwoOrMore = GraphCounts.count(driver, """
                MATCH (c:Company)
                WHERE COUNT { (c)-[:RANKED]->(r:Ranking) WHERE r.id IN
                       ['fortune-global-500-2024', 'china-private-500-2026', 'china-top-500-2025'] } >= 2
                RETURN count(c)""");
        assertThat(onTwoOrMore).isGreaterThanOrEqualTo(100);
        // Global-500 companies carry their Chinese name where one is in common use (all Chinese ones do)
        assertThat(GraphCounts.count(driver, """
                MATCH (c:Company)-[:RANKED]->(:Ranking {id: 'fortune-global-500-2024'})
                WHERE c.country = '中国' AND NOT c.name =~ '.*[\\\\x{4e00}-\\\\x{9fff}].*'
                RETURN count(c)""")).isZero();
    }

    @Test
    void listCompaniesArePlacedInChainSegmentsWithEvidence() {
        assertThat(GraphCounts.count(driver, """
                MATCH (c:Company)-[o:OPERATES_IN]->(:Segment)
                WHERE EXISTS { (c)-[:RANKED]->() } AND o.source IS NOT NULL
                RETURN count(DISTINCT c)""")).isGreaterThanOrEqualTo(200);
    }

    @Test
    void atLeastSixtySourcedTiesAroundTheLocalFirms() {
        assertThat(GraphCounts.count(driver, """
                MATCH (a:Company)-[t:SUPPLIES|PARTNERS_WITH|INVESTS_IN|SUBSIDIARY_OF]-(b:Company)
                WHERE startNode(t) = a AND t.confidence <> 'unverified'
                RETURN count(t)""")).isGreaterThanOrEqualTo(60);
    }

    @Test
    void thePlanTargetsWithFigureAndDeadline() {
        assertThat(GraphCounts.count(driver, """
                MATCH (t:Target) WHERE t.figure IS NOT NULL AND t.deadline = 2026 RETURN count(t)""")).isGreaterThanOrEqualTo(25);
        assertThat(GraphCounts.count(driver, "MATCH (t:Target {measure: 'tier-100yi-count'}) WHERE t.figure = 10 RETURN count(t)")).isEqualTo(1);
    }

    @Test
    void everyNodeAndEveryFactSaysWhereItCameFrom() {
        assertThat(GraphCounts.count(driver, """
                MATCH (n) WHERE NOT n:SeedState AND NOT n:User AND NOT n:AuditEntry AND (n.source IS NULL OR trim(n.source) = '')
                RETURN count(n)""")).isZero();
        // accounts and audit entries are user-entered: they say who and when instead
        assertThat(GraphCounts.count(driver, """
                MATCH (n) WHERE (n:User AND (n.createdBy IS NULL OR n.createdAt IS NULL))
                             OR (n:AuditEntry AND (n.actor IS NULL OR n.at IS NULL)) RETURN count(n)""")).isZero();
        assertThat(GraphCounts.count(driver, """
                MATCH ()-[r:FEEDS|RANKED|LOCATED_IN|OPERATES_IN|SUPPLIES|PARTNERS_WITH|INVESTS_IN|SUBSIDIARY_OF|IN_POOL]->()
                WHERE r.source IS NULL OR trim(r.source) = '' RETURN count(r)""")).isZero();
    }

    private long ranked(String rankingId) {
        return GraphCounts.count(driver, "MATCH (:Company)-[k:RANKED]->(:Ranking {id: $id}) RETURN count(k)", Map.of("id", rankingId));
    }
}
