package cn.chainscout.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.chainscout.SecondTier;
import cn.chainscout.TestNeo4j;
import cn.chainscout.GraphCounts;
import cn.chainscout.database.GraphSchema;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;

/**
 * The app's import killed (kill -9 of its process) in the middle of a large import into a seeded graph,
 * through the real {@link ImportService} in a child JVM ({@link ImportKillChild}): after a restart on the
 * same files the graph is exactly as before (no company, rank, batch or audit entry of the import), and an
 * import that is not killed is there in full. Never half.
 */
@SecondTier
class ImportKilledMidWriteTest {

    private static final int ROWS = 3000;

    private Path dir;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopChildrenAndRemoveDataDirectory() throws IOException, InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    // a child that hangs must not hold the whole run: the test gives up, @AfterEach kills the child
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anImportKilledHalfWayOrBeforeItsCommitLeavesTheSeededGraphAsBeforeAndAnImportNotKilledIsComplete() throws Exception {
        dir = Files.createTempDirectory("chainscout-import-kill-");
        GraphCounts before = inDatabase(driver -> {
            new GraphSchema(driver).apply();
            new SeedLoader(driver).load("classpath:graph-seed/", true);
            return GraphCounts.ofEverything(driver);
        });
        assertThat(before.nodes()).as("a seeded graph").isGreaterThan(100);

        // 1. killed with 60 % of the rows written in the import's transaction
        Process half = startChild("half");
        assertThat(waitForLine(half, "IMPORT-HALF-WRITTEN")).as("the child wrote part of the import").isNotNull();
        half.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(inDatabase(GraphCounts::ofEverything)).as("nothing of the import killed half-way").isEqualTo(before);

        // 2. killed with every row written, just before the commit: the worst moment
        Process atCommit = startChild("commit");
        assertThat(waitForLine(atCommit, "IMPORT-WRITTEN-NOT-COMMITTED")).as("the child reached the commit").isNotNull();
        atCommit.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(inDatabase(GraphCounts::ofEverything)).as("nothing of the import killed at its commit").isEqualTo(before);

        // 3. the same import, not killed: every row, its batch and its audit entry
        Process run = startChild("run");
        String committed = waitForLine(run, "IMPORT-COMMITTED");
        assertThat(committed).as("the import committed").isNotNull();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String batch = committed.split(" ")[1];
        inDatabase(driver -> {
            GraphCounts after = GraphCounts.ofEverything(driver);
            // + the companies, + the new list-year, + the batch record, + its audit entry
            assertThat(after.nodes()).isEqualTo(before.nodes() + ROWS + 3);
            assertThat(after.relationships()).isEqualTo(before.relationships() + ROWS);
            Map<String, Object> b = Map.of("batch", batch);
            assertThat(GraphCounts.count(driver, "MATCH (c:Company {batch: $batch}) WHERE c.name STARTS WITH '合成测试第' RETURN count(c)", b))
                    .isEqualTo(ROWS);
            assertThat(GraphCounts.count(driver, """
                    MATCH (:Company)-[k:RANKED {batch: $batch}]->(:Ranking {id: $ranking})
                    RETURN count(DISTINCT k.rank)""", Map.of("batch", batch, "ranking",
                    "china-top-500-" + ImportKillChild.YEAR))).as("ranks 1..%d", ROWS).isEqualTo(ROWS);
            assertThat(GraphCounts.count(driver, "MATCH (e:AuditEntry {action: 'import.commit', entityId: $batch}) RETURN count(e)", b))
                    .isEqualTo(1);
            return after;
        });
    }

    private Process startChild(String mode) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-cp", classPath, ImportKillChild.class.getName(),
                dir.toString(), String.valueOf(TestNeo4j.freePort()), mode, String.valueOf(ROWS)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(child);
        return child;
    }

    /** Reads the child's output until a line starts with the marker (null if it ended first); echoes it. */
    private static String waitForLine(Process child, String marker) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(marker)) {
                return line;
            }
            if (line.startsWith("IMPORT-FAILED")) {
                throw new AssertionError("the child's import failed: " + line);
            }
            if (line.startsWith("IMPORT-") || line.contains("Exception")) {
                System.out.println("child: " + line);
            }
        }
        return null;
    }

    private <T> T inDatabase(Function<Driver, T> work) {
        return TestNeo4j.with(dir, work);
    }
}
