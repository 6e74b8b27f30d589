package cn.chainscout.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.database.GraphMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * A restore replays the migrations its backup predates, writes in batches, and is all or nothing: a batch the
 * database refuses leaves the graph as it was, and a restore cut short is cleared by the next one. Runs on one
 * small Neo4j of its own (emptied before each test: backup taken, graph emptied, backup restored) with test
 * migrations (db/test-migrations/: "before" has V001, "after" adds a data change V002).
 */
@SecondTier
class RestoreMigrationsTest {

    private static EmptyNeo4j neo4j;
    private static Driver db;

    @BeforeAll
    static void start() throws IOException {
        neo4j = new EmptyNeo4j();
        db = neo4j.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        neo4j.close();
    }

    @BeforeEach
    void empty() {
        run(db, "MATCH (n) DETACH DELETE n");
    }

    private static final String BEFORE = "db/test-migrations/before";
    private static final String AFTER = "db/test-migrations/after";
    private static final int BATCH = 2;
    private static final String COMPANIES = """
            UNWIND range(1, 7) AS i
            CREATE (c:Company {id: 'c' + i, name: 'Company ' + i})
            WITH collect(c) AS cs
            UNWIND range(0, size(cs) - 2) AS i
            WITH cs[i] AS a, cs[i + 1] AS b
            CREATE (a)-[:SUPPLIES]->(b)
            """;

    @Test
    void aBackupTakenBeforeTheNewestMigrationGetsItWhenRestored() {
        byte[] backup = backupOfAnOldGraph(db);
        run(db, "MATCH (n) DETACH DELETE n");

        // the target as the app leaves it at start: this version's migrations applied, no data
        GraphMigrations after = new GraphMigrations(db, AFTER);
        assertThat(after.apply()).containsExactly("V001", "V002");
        GraphDump.Summary summary = new GraphDump(db, after, BATCH).restore(new ByteArrayInputStream(backup));

        assertThat(summary).isEqualTo(new GraphDump.Summary(8, 6));
        assertThat(GraphCounts.count(db, "MATCH (c:Company) WHERE c.nameKey = toLower(c.name) RETURN count(c)"))
                .as("V002 ran on the restored companies").isEqualTo(7);
        assertThat(GraphCounts.count(db, "MATCH ()-[r:SUPPLIES]->() RETURN count(r)")).isEqualTo(6);
        assertThat(after.recorded().keySet()).containsExactly("V001", "V002");
        // V001 keeps the record the backup brought (applied on the old graph), V002 was applied by the restore
        assertThat(GraphCounts.count(db, """
                MATCH (one:__Migration {version: 'V001'}), (two:__Migration {version: 'V002'})
                WHERE one.appliedAt < two.appliedAt RETURN count(*)""")).isOne();
        assertThat(GraphCounts.count(db, "MATCH (r:__RestoreInProgress) RETURN count(r)")).isZero();
        assertThat(after.apply()).as("a start after the restore applies nothing").isEmpty();
    }

    @Test
    void aBackupFromANewerVersionIsRefusedAndNothingWritten() {
        GraphMigrations after = new GraphMigrations(db, AFTER);
        after.apply();
        run(db, COMPANIES);
        byte[] backup = dump(db);
        run(db, "MATCH (n) DETACH DELETE n");

        GraphMigrations before = new GraphMigrations(db, BEFORE);
        before.apply();
        GraphCounts empty = GraphCounts.ofEverything(db);
        assertThatThrownBy(() -> new GraphDump(db, before, BATCH).restore(new ByteArrayInputStream(backup)))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("V002__company_name_key.cypher: recorded as applied in the graph but unknown")
                .hasMessageEndingWith("nothing was written");
        assertThat(GraphCounts.ofEverything(db)).isEqualTo(empty);
    }

    @Test
    void aBatchTheDatabaseRefusesLeavesTheGraphAsItWas() {
        // the sixth company of the file takes the first one's id: the file reads well, the constraint refuses it
        String text = gunzip(backupOfAnOldGraph(db));
        run(db, "MATCH (n) DETACH DELETE n");
        String duplicate = text.replace("\"v\":\"c6\"", "\"v\":\"c1\"");
        assertThat(duplicate).isNotEqualTo(text);

        GraphMigrations after = new GraphMigrations(db, AFTER);
        after.apply();
        GraphCounts before = GraphCounts.ofEverything(db);
        GraphDump restore = new GraphDump(db, after, BATCH);
        assertThatThrownBy(() -> restore.restore(new ByteArrayInputStream(gzip(duplicate))))
                .isInstanceOf(BackupException.class)
                .hasMessageStartingWith("The database refused nodes 5–6 of the backup")
                .hasMessageEndingWith("the restore was undone, the database holds no data again");
        assertThat(GraphCounts.ofEverything(db)).as("the graph as it was, records included").isEqualTo(before);

        // the same target takes the good file afterwards
        restore.restore(new ByteArrayInputStream(gzip(text)));
        assertThat(GraphCounts.count(db, "MATCH (c:Company) RETURN count(c)")).isEqualTo(7);
    }

    @Test
    void aRestoreCutShortIsClearedByTheNextOne() {
        byte[] backup = backupOfAnOldGraph(db);
        run(db, "MATCH (n) DETACH DELETE n");
        GraphMigrations after = new GraphMigrations(db, AFTER);
        after.apply();
        // what a killed restore leaves: its marker and part of the data
        run(db, "CREATE (:__RestoreInProgress {startedAt: datetime()}), (:Company {id: 'c1', name: 'half'})");

        new GraphDump(db, after, BATCH).restore(new ByteArrayInputStream(backup));

        assertThat(GraphCounts.count(db, "MATCH (c:Company) RETURN count(c)")).isEqualTo(7);
        assertThat(GraphCounts.count(db, "MATCH (c:Company {name: 'half'}) RETURN count(c)")).isZero();
        assertThat(GraphCounts.count(db, "MATCH (r:__RestoreInProgress) RETURN count(r)")).isZero();
        // a finished restore is data: a second one is refused
        assertThatThrownBy(() -> new GraphDump(db, after, BATCH).restore(new ByteArrayInputStream(backup)))
                .isInstanceOf(BackupException.class).hasMessageContaining("not empty");
    }

    /** Seven companies in a chain on a graph that knows only V001, as a backup file. */
    private static byte[] backupOfAnOldGraph(Driver driver) {
        assertThat(new GraphMigrations(driver, BEFORE).apply()).containsExactly("V001");
        run(driver, COMPANIES);
        return dump(driver);
    }

    private static byte[] dump(Driver driver) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphDump(driver).dump(out, "test");
        return out.toByteArray();
    }

    private static void run(Driver driver, String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
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
