package cn.chainscout.seed;

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
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.chainscout.SecondTier;
import cn.chainscout.TestNeo4j;
import cn.chainscout.GraphCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The app's process killed (kill -9) in the middle of the seed load, one big transaction: after a
 * restart the graph is empty (as before), never half loaded; a load that is not killed is complete.
 */
@SecondTier
class KilledMidWriteTest {

    private Path dir;

    @AfterEach
    void removeDataDirectory() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aKillBeforeTheCommitLeavesTheGraphAsBeforeAndARestartedLoadIsComplete() throws Exception {
        dir = Files.createTempDirectory("chainscout-kill-");

        // 1. killed with every row written but not committed: the worst moment
        Process child = startChild("hold");
        String line = waitForLine(child, "SEED-WRITTEN-NOT-COMMITTED");
        assertThat(line).as("the child reached the commit of the seed load").isNotNull();
        child.destroyForcibly().waitFor(60, TimeUnit.SECONDS);

        GraphCounts afterKill = inDatabase(driver -> GraphCounts.of(driver));
        assertThat(afterKill.nodes()).as("nothing of the killed load is in the graph").isZero();
        assertThat(afterKill.relationships()).isZero();

        // 2. the same load, not killed, completes: the full seed
        Process again = startChild("run");
        assertThat(waitForLine(again, "SEED-LOADED")).isNotNull();
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // complete = loading the whole seed once more (it merges) adds nothing
        inDatabase(driver -> {
            GraphCounts loaded = GraphCounts.of(driver);
            assertThat(loaded.nodes()).isGreaterThan(100);
            assertThat(loaded.relationships()).isGreaterThan(100);
            new SeedLoader(driver).load("classpath:graph-seed/", true);
            assertThat(GraphCounts.of(driver)).isEqualTo(loaded);
            return loaded;
        });
    }

    private Process startChild(String mode) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-cp", classPath, SeedLoadChild.class.getName(),
                dir.toString(), String.valueOf(TestNeo4j.freePort()), mode));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starts with the marker (null if it ended first). */
    private static String waitForLine(Process child, String marker) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(marker)) {
                return line;
            }
        }
        return null;
    }

    private <T> T inDatabase(Function<Driver, T> work) {
        return TestNeo4j.with(dir, work);
    }
}
