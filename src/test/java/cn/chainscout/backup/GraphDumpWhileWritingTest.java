package cn.chainscout.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.database.GraphMigrations;
import org.junit.jupiter.api.Test;

/**
 * An online backup while another client keeps writing nodes and relationships (as the app does during
 * a backup from the page): Neo4j reads committed data, not a snapshot, so the dump meets relationships
 * whose ends it has not read. Every dump taken must still restore into an empty database, with the
 * counts its footer gives.
 */
@SecondTier
class GraphDumpWhileWritingTest {

    private static final String PAIRS = """
            UNWIND range($from, $to) AS i
            CREATE (:Race {id: 'a' + i})-[:RACE {i: i}]->(:Race {id: 'b' + i})
            """;
    // a new node tied to an old one, and an old pair removed: both ends of the scan move
    private static final String TIE_TO_OLD = """
            MATCH (old:Race {id: 'a' + $old})
            CREATE (old)-[:LATER]->(:Race {id: 'c' + $i})
            """;
    private static final String REMOVE_OLD = "MATCH (n:Race) WHERE n.id IN ['a' + $old, 'b' + $old] DETACH DELETE n";

    @Test
    void aBackupTakenWhileTheGraphChangesRestoresIntoAnEmptyDatabase() throws Exception {
        try (EmptyNeo4j source = new EmptyNeo4j()) {
            // an app's graph: its migration records travel with every dump (a dump without them gets every migration)
            new GraphMigrations(source.driver()).apply();
            try (var session = source.driver().session()) {
                for (int from = 0; from < 10_000; from += 5_000) {
                    session.run(PAIRS, Map.of("from", from, "to", from + 4_999)).consume();
                }
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong written = new AtomicLong();
            AtomicReference<Throwable> writerFailed = new AtomicReference<>();
            Thread writer = Thread.ofPlatform().start(() -> {
                long next = 1_000_000;
                try (var session = source.driver().session()) {
                    while (writing.get()) {
                        long first = next;
                        long old = next % 10_000;
                        session.executeWriteWithoutResult(tx -> {
                            tx.run(PAIRS, Map.of("from", first, "to", first + 19)).consume();
                            tx.run(TIE_TO_OLD, Map.of("old", (old + 7) % 10_000, "i", first)).consume();
                            tx.run(REMOVE_OLD, Map.of("old", old)).consume();
                        });
                        next += 20;
                        written.incrementAndGet();
                    }
                } catch (Throwable e) {
                    writerFailed.set(e);
                }
            });
            try {
                // the writer is under way before the first dump starts (a busy machine may be slow to schedule it)
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (written.get() < 3 && writerFailed.get() == null && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                for (int round = 0; round < 2; round++) {
                    long writesBefore = written.get();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    GraphDump.Summary dumped = new GraphDump(source.driver()).dump(out, "while writing " + round);
                    assertThat(written.get()).as("the graph changed during dump %d", round).isGreaterThan(writesBefore);
                    try (EmptyNeo4j target = new EmptyNeo4j()) {
                        GraphDump.Summary restored = new GraphDump(target.driver()).restore(new ByteArrayInputStream(out.toByteArray()));
                        assertThat(restored).isEqualTo(dumped);
                        assertThat(GraphCounts.count(target.driver(), "MATCH (n) RETURN count(n)")).isEqualTo(dumped.nodes());
                        assertThat(GraphCounts.count(target.driver(), "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(dumped.relationships());
                    }
                }
            } finally {
                writing.set(false);
                writer.join();
            }
            assertThat(writerFailed.get()).as("the writer kept writing").isNull();

            // once quiet, a dump is the graph exactly
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new GraphDump(source.driver()).dump(out, "quiet");
            try (EmptyNeo4j target = new EmptyNeo4j()) {
                new GraphDump(target.driver()).restore(new ByteArrayInputStream(out.toByteArray()));
                assertThat(GraphCounts.ofEverything(target.driver())).isEqualTo(GraphCounts.ofEverything(source.driver()));
            }
        }
    }
}
