package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import cn.chainscout.SecondTier;
import cn.chainscout.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;

/** A data folder another process holds stops the start with one line naming the setting, not a stack trace. */
@SecondTier
class DataFolderInUseTest {

    @TempDir
    Path data;

    @Test
    void aDataFolderInUseIsOneLineNamingTheSetting() {
        DatabaseManagementService other = TestNeo4j.start(data, TestNeo4j.freePort());
        try {
            assertThatThrownBy(() -> new EmbeddedNeo4jConfiguration().embeddedNeo4j(
                    new EmbeddedNeo4jProperties(TestNeo4j.freePort(), data, false, "32m", "a-password-for-tests")))
                    .isInstanceOf(StartupConfigurationException.class)
                    .hasMessageStartingWith("chainscout.neo4j.embedded.data-dir: the database in " + data.toAbsolutePath().normalize())
                    .hasMessageContaining("in use by another process");
        } finally {
            other.shutdown();
        }
    }
}
