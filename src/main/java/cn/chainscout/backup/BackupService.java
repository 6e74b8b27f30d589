package cn.chainscout.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZonedDateTime;

import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.Roles;
import cn.chainscout.database.GraphMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/** Backup and restore for the data administrator ({@link GraphDump}); both go into the audit trail. */
@Service
@Roles.Admin
public class BackupService {

    private final GraphDump dump;
    private final AuditTrail audit;

    private final java.time.Clock clock;

    BackupService(Driver driver, GraphMigrations migrations, BackupProperties properties, AuditTrail audit,
                  java.time.Clock clock) {
        this.dump = new GraphDump(driver, migrations, properties.restoreBatchSize());
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the whole graph to {@code out} and closes it; a database failure is a {@code DataAccessException}. */
    public GraphDump.Summary backup(OutputStream out) {
        GraphDump.Summary summary;
        try {
            summary = dump.dump(out, ZonedDateTime.now(clock).toString());
        } catch (Neo4jException e) {
            // as Spring's repositories do: callers (the API, pages) tell "database unavailable" from this
            throw new DataAccessResourceFailureException("The backup could not read the graph: " + e.getMessage(), e);
        }
        audit.record("backup.create", "Graph", "", "", summary.nodes() + " nodes, " + summary.relationships() + " relationships");
        return summary;
    }

    /**
     * Restores a backup into this (empty) database; the restore's own audit entry is added after the
     * restored graph, so the database then holds the backup's graph plus that one entry.
     */
    public GraphDump.Summary restore(InputStream in, String fileName) {
        GraphDump.Summary summary = dump.restore(in);
        audit.record("backup.restore", "Graph", "", "", fileName + ": " + summary.nodes() + " nodes, "
                + summary.relationships() + " relationships");
        return summary;
    }

    /** The name a downloaded backup gets, e.g. chainscout-backup-20261201-1830.jsonl.gz. */
    public String fileName() {
        return "chainscout-backup-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                .format(ZonedDateTime.now(clock)) + ".jsonl.gz";
    }
}
