package cn.chainscout.database;

/** The migration runner's own Cypher: the record of what was applied ({@code :__Migration}, owned by this module). */
final class MigrationStatements {

    static final String LABEL = "__Migration";

    static final String RECORDED = """
            MATCH (m:__Migration)
            RETURN m.version AS version, m.description AS description, m.checksum AS checksum
            ORDER BY m.version
            """;

    // a schema migration: recorded after its statements ran (they are idempotent, IF NOT EXISTS)
    static final String RECORD_SCHEMA = """
            MERGE (m:__Migration {version: $version})
            ON CREATE SET m.description = $description, m.checksum = $checksum, m.source = $source, m.appliedAt = datetime()
            """;

    // a data migration: recorded first in its own transaction, so a second instance waits on the version, then fails
    static final String RECORD_DATA = """
            CREATE (m:__Migration {version: $version, description: $description, checksum: $checksum, source: $source,
                                appliedAt: datetime()})
            """;

    static final String AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

    private MigrationStatements() {
    }
}
