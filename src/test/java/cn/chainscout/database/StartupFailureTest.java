package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.chainscout.ChainScoutApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A bad setting stops the start with one clear line naming the setting. These starts fail before
 * any Neo4j runs, so they are cheap and do not disturb the shared test context.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void boltPortInUseNamesTheSetting(CapturedOutput output) throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();
            assertThatThrownBy(() -> start("--chainscout.neo4j.embedded.bolt-port=" + port))
                    .hasRootCauseInstanceOf(java.net.BindException.class);
            assertThat(output).contains("chainscout.neo4j.embedded.bolt-port: port " + port + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void unusableDataDirectoryNamesTheSetting(@TempDir Path dir, CapturedOutput output) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> start("--chainscout.neo4j.embedded.data-dir=" + file.resolve("data")))
                .isNotNull();
        assertThat(output).contains("chainscout.neo4j.embedded.data-dir: cannot create data directory");
    }

    @Test
    void unreachableExternalNeo4jNamesTheSetting(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> start("--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort)).isNotNull();
        assertThat(output).contains("spring.neo4j.uri: cannot reach Neo4j");
        assertThat(output).doesNotContain("Embedded Neo4j started");
    }

    private static void start(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0"),
                java.util.Arrays.stream(args)).toArray(String[]::new);
        new SpringApplicationBuilder(ChainScoutApplication.class).run(all).close();
    }
}
