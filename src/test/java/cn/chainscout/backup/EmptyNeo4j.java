package cn.chainscout.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import cn.chainscout.TestNeo4j;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;

/** A second, empty Neo4j in a temporary directory, reached over Bolt like the app's: the restore target. */
final class EmptyNeo4j implements AutoCloseable {

    private final Path dir;
    private final DatabaseManagementService service;
    private final Driver driver;

    EmptyNeo4j() throws IOException {
        dir = Files.createTempDirectory("chainscout-restore-");
        int port = TestNeo4j.freePort();
        service = TestNeo4j.start(dir, port);
        driver = TestNeo4j.driver(port);
    }

    Driver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.close();
        service.shutdown();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
