package cn.chainscout.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Backup of the seeded test database, restored into a fresh empty Neo4j: the same nodes, relationships
 * and properties (counts and checksum), every Neo4j value type kept; bad files and a non-empty
 * database are refused with a clear message and nothing written.
 */
@SecondTier
@ChainScoutTest
class GraphDumpTest {

    /** One node with a property of every kind Neo4j stores (temporal, spatial, lists…). */
    private static final String PROBE = """
            CREATE (:BackupTypeProbe:Second {id: 'backup-type-probe', text: '中文 "quoted" \\n line', integer: -9007199254740993,
              float: 0.1, nan: 0.0/0.0, infinite: 1.0/0.0, yes: true, date: date('2026-12-01'),
              time: time('10:15:30.123456789+08:00'), localTime: localtime('23:59:59.999999999'),
              zoned: datetime('2026-12-01T18:30:00.123456789[Asia/Shanghai]'), offset: datetime('2026-12-01T18:30:00-05:00'),
              local: localdatetime('2026-12-01T18:30:00'), duration: duration('P1Y2M3DT4H5M6.789S'),
              geo: point({longitude: 112.8, latitude: 28.3}), xyz: point({x: 1.5, y: -2, z: 3}),
              strings: ['a', '望城'], numbers: [1, 2, 3], dates: [date('2020-01-01')], empty: []})
            """;

    @Autowired
    Driver driver;

    @Test
    void theSeededGraphRoundTripsExactlyIntoAnEmptyDatabase() throws IOException {
        try (var session = driver.session()) {
            session.run(PROBE).consume();
        }
        byte[] backup;
        GraphCounts original;
        long allNodes;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GraphDump.Summary dumped = new GraphDump(driver).dump(out, "test");
            backup = out.toByteArray();
            original = GraphCounts.ofEverything(driver);
            allNodes = GraphCounts.count(driver, "MATCH (n) RETURN count(n)");
            assertThat(dumped.nodes()).isEqualTo(allNodes);
            assertThat(dumped.relationships()).isEqualTo(original.relationships()).isPositive();
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (n:BackupTypeProbe) DETACH DELETE n").consume();
            }
        }

        try (EmptyNeo4j target = new EmptyNeo4j()) {
            Driver restored = target.driver();
            for (byte[] bad : badFiles(backup)) {
                assertThatThrownBy(() -> new GraphDump(restored).restore(new ByteArrayInputStream(bad)))
                        .isInstanceOf(BackupException.class).hasMessageNotContaining("Exception");
                assertThat(GraphCounts.count(restored, "MATCH (n) RETURN count(n)")).as("nothing written").isZero();
            }

            GraphDump.Summary summary = new GraphDump(restored).restore(new ByteArrayInputStream(backup));
            assertThat(summary.nodes()).isEqualTo(allNodes);
            assertThat(GraphCounts.ofEverything(restored)).isEqualTo(original);
            assertThat(GraphCounts.count(restored, "MATCH (n) RETURN count(n)")).isEqualTo(allNodes);
            assertProbeKeptEveryValue(restored);

            // a second restore into the now full database is refused, and changes nothing
            assertThatThrownBy(() -> new GraphDump(restored).restore(new ByteArrayInputStream(backup)))
                    .isInstanceOf(BackupException.class).hasMessageContaining("not empty");
            assertThat(GraphCounts.ofEverything(restored)).isEqualTo(original);
        }
    }

    private static void assertProbeKeptEveryValue(Driver restored) {
        String read = "MATCH (n:BackupTypeProbe:Second) RETURN properties(n) AS p";
        try (var session = restored.session()) {
            Map<String, Value> p = session.run(read).single().get("p").asMap(v -> v);
            assertThat(p.get("zoned").asZonedDateTime().toString()).isEqualTo("2026-12-01T18:30:00.123456789+08:00[Asia/Shanghai]");
            assertThat(p.get("offset").asZonedDateTime().toString()).isEqualTo("2026-12-01T18:30-05:00");
            assertThat(p.get("time").asOffsetTime().toString()).isEqualTo("10:15:30.123456789+08:00");
            assertThat(p.get("duration").asIsoDuration()).satisfies(d -> {
                assertThat(d.months()).isEqualTo(14);
                assertThat(d.days()).isEqualTo(3);
                assertThat(d.seconds()).isEqualTo(14706);
                assertThat(d.nanoseconds()).isEqualTo(789_000_000);
            });
            assertThat(p.get("geo").asPoint().srid()).isEqualTo(4326);
            assertThat(p.get("xyz").asPoint().z()).isEqualTo(3.0);
            assertThat(p.get("integer").asLong()).isEqualTo(-9007199254740993L);
            assertThat(p.get("float").asDouble()).isEqualTo(0.1);
            assertThat(p.get("nan").asDouble()).isNaN();
            assertThat(p.get("infinite").asDouble()).isInfinite();
            assertThat(p.get("text").asString()).isEqualTo("中文 \"quoted\" \n line");
            assertThat(p.get("dates").asList(Value::asLocalDate)).hasSize(1);
            assertThat(p.get("empty").asList()).isEmpty();
        }
    }

    /** Files a restore must refuse: foreign, damaged or cut short. */
    private static List<byte[]> badFiles(byte[] backup) {
        List<String> lines = new ArrayList<>(Arrays.asList(gunzip(backup).split("\n")));
        List<byte[]> bad = new ArrayList<>();
        bad.add("not gzip at all".getBytes(StandardCharsets.UTF_8));
        bad.add(new byte[0]);
        bad.add(Arrays.copyOf(backup, backup.length / 2));                            // cut mid-stream
        bad.add(gzip(String.join("\n", lines.subList(0, lines.size() - 1))));          // footer missing
        bad.add(gzip("{\"kind\":\"header\",\"format\":\"someone-else\",\"version\":1}"));
        bad.add(gzip("hello\nworld"));
        bad.add(gzip(lines.getFirst().replace("\"version\":1", "\"version\":2")));
        List<String> extra = new ArrayList<>(lines);
        extra.add(extra.size() - 1, "{\"kind\":\"rel\",\"start\":0,\"end\":999999,\"type\":\"X\",\"properties\":{}}");
        bad.add(gzip(String.join("\n", extra)));                                      // relationship to no node
        List<String> badValue = new ArrayList<>(lines);
        badValue.set(1, "{\"kind\":\"node\",\"id\":0,\"labels\":[\"A\"],\"properties\":{\"d\":{\"t\":\"DATE\",\"v\":\"2026-13-45\"}}}");
        bad.add(gzip(String.join("\n", badValue)));                                   // impossible date
        List<String> badType = new ArrayList<>(lines);
        badType.set(1, "{\"kind\":\"node\",\"id\":0,\"labels\":[\"A\"],\"properties\":{\"x\":{\"t\":\"ROCKET\",\"v\":1}}}");
        bad.add(gzip(String.join("\n", badType)));                                    // unknown value type
        List<String> wrongCount = new ArrayList<>(lines);
        wrongCount.remove(1);
        bad.add(gzip(String.join("\n", wrongCount)));                                  // a node lost
        List<String> cypher = new ArrayList<>(lines);
        cypher.set(1, "{\"kind\":\"node\",\"id\":0,\"labels\":[\"A`) MATCH (n) DETACH DELETE n //\"],\"properties\":{}}");
        bad.add(gzip(String.join("\n", cypher.subList(0, 2))));                        // a label that is Cypher, and no footer
        return bad;
    }

    private static String gunzip(byte[] data) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
