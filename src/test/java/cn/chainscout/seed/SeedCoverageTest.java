package cn.chainscout.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import cn.chainscout.ChainScoutTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * graph-seed/README.md's coverage table says what the loaded seed holds per chain; this test computes
 * it from the graph and fails, printing the table as it should read, when the two part ways.
 */
@ChainScoutTest
class SeedCoverageTest {

    private static final String BEGIN = "<!-- coverage:begin -->";
    private static final String END = "<!-- coverage:end -->";

    // per chain: leaf segments (needed ones), outside companies placed in a leaf with a share, those on
    // none of the three lists, local firms in the chain, those with a sourced size, ties at a local firm
    private static final String PER_CHAIN = """
            MATCH (d:District {id: 'wangcheng'})<-[:IN]-(ch:Chain)
            CALL (ch) {
              MATCH (ch)-[:HAS_SEGMENT]->(s:Segment) WHERE NOT EXISTS { (:Segment)-[:PART_OF]->(s) }
              RETURN count(s) AS leaves, count(CASE WHEN s.key THEN 1 END) AS needed
            }
            CALL (ch, d) {
              MATCH (ch)-[:HAS_SEGMENT]->(s:Segment)<-[o:OPERATES_IN]-(c:Company)
              WHERE NOT EXISTS { (:Segment)-[:PART_OF]->(s) } AND o.share IS NOT NULL
                AND NOT EXISTS { (c)-[:LOCATED_IN]->(:Park)-[:IN]->(d) }
              WITH DISTINCT c
              RETURN count(c) AS placed, count(CASE WHEN NOT EXISTS { (c)-[:RANKED]->(:Ranking) } THEN 1 END) AS offList
            }
            CALL (ch, d) {
              MATCH (ch)-[:HAS_SEGMENT]->(:Segment)<-[:OPERATES_IN]-(c:Company)-[l:LOCATED_IN]->(:Park)-[:IN]->(d)
              WITH c, coalesce(max(l.sizeYi), max(l.investYi)) AS size
              RETURN count(c) AS local, count(size) AS sized, collect(c) AS firms
            }
            CALL (firms) {
              UNWIND firms AS f
              MATCH (f)-[t:SUPPLIES|PARTNERS_WITH|INVESTS_IN|SUBSIDIARY_OF]-(:Company)
              WITH DISTINCT t
              RETURN count(t) AS ties, count(CASE WHEN t.since IS NOT NULL THEN 1 END) AS dated
            }
            RETURN ch.name AS chain, leaves, needed, placed, offList, local, sized, ties, dated
            ORDER BY ch.position
            """;

    private static final String DISTRICT = """
            MATCH (c:Company)-[l:LOCATED_IN]->(:Park)-[:IN]->(:District {id: 'wangcheng'})
            WITH c, max(l.sizeYi) AS output, max(l.investYi) AS invest,
                 max(coalesce(l.sinceDate, toString(l.since))) AS arrived
            RETURN count(c) AS located, count(coalesce(output, invest)) AS sized, count(output) AS withOutput,
                   count(invest) AS withInvest, count(arrived) AS dated,
                   count(CASE WHEN size(coalesce(c.listing, [])) > 0 THEN 1 END) AS listed
            """;

    @Autowired
    Driver driver;

    @Test
    void theReadmesCoverageTableIsWhatTheSeedHolds() throws IOException {
        String readme = Files.readString(Path.of("graph-seed/README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(BEGIN, END);
        String written = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END)).strip();

        assertThat(written).as("graph-seed/README.md coverage table; it should read:%n%s%n", table()).isEqualTo(table());
    }

    private String table() {
        try (var session = driver.session()) {
            List<String> rows = session.run(PER_CHAIN).list(r -> "| %s | %d (%d needed) | %d | %d | %d | %d | %d (%d dated) |".formatted(
                    r.get("chain").asString(), r.get("leaves").asLong(), r.get("needed").asLong(), r.get("placed").asLong(),
                    r.get("offList").asLong(), r.get("local").asLong(), r.get("sized").asLong(), r.get("ties").asLong(),
                    r.get("dated").asLong()));
            var d = session.run(DISTRICT).single();
            return """
                    | chain | leaf segments | outside companies placed with a share | of them on none of the three lists | local firms in the chain | with a sourced size (revenue, output or project investment) | ties at a local firm |
                    |---|---|---|---|---|---|---|
                    %s

                    Firms located in the district: %d; with a sourced size: %d (a yearly revenue or output: %d; a project investment: %d); with an arrival date or year: %d; listed: %d.""".formatted(
                    rows.stream().collect(Collectors.joining("\n")), d.get("located").asLong(), d.get("sized").asLong(),
                    d.get("withOutput").asLong(), d.get("withInvest").asLong(),
                    d.get("dated").asLong(), d.get("listed").asLong());
        }
    }
}
