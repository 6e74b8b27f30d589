package cn.chainscout.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZonedDateTime;
import java.util.List;

import cn.chainscout.SecondTier;
import cn.chainscout.database.GraphMigrations;
import cn.chainscout.audit.AuditTrails;
import cn.chainscout.common.user.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A backup and a restore through {@link BackupService} each leave one audit entry naming who, when and
 * what (the counts, the file restored), in the database they touched; the restored graph keeps the
 * source's own trail and adds only that entry.
 */
@SecondTier
class BackupAuditTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBackupAndARestoreAreInTheTrailWithWhoWhenAndWhat() throws Exception {
        ZonedDateTime start = ZonedDateTime.now().minusSeconds(1);
        try (EmptyNeo4j source = new EmptyNeo4j(); EmptyNeo4j target = new EmptyNeo4j()) {
            try (var session = source.driver().session()) {
                session.run("CREATE (:Company {id: 'a'})-[:SUPPLIES]->(:Company {id: 'b'})").consume();
            }
            actAs("备份员");
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            GraphDump.Summary dumped = service(source.driver()).backup(file);
            assertThat(dumped).isEqualTo(new GraphDump.Summary(2, 1));
            List<String> made = entries(source.driver(), "backup.create");
            assertThat(made).containsExactly("备份员|Graph||2 nodes, 1 relationships");
            assertThat(latestAt(source.driver())).isAfter(start);

            actAs("恢复员");
            service(target.driver()).restore(new ByteArrayInputStream(file.toByteArray()), "chainscout-backup-test.jsonl.gz");
            assertThat(entries(target.driver(), "backup.restore"))
                    .containsExactly("恢复员|Graph||chainscout-backup-test.jsonl.gz: 2 nodes, 1 relationships");
            assertThat(latestAt(target.driver())).isAfter(start);
            // the backup's own entry was made after the dump, so the restored graph has only the restore's
            assertThat(entries(target.driver(), "backup.create")).isEmpty();
        }
    }

    private static BackupService service(Driver driver) {
        return new BackupService(driver, new GraphMigrations(driver), new BackupProperties(GraphDump.DEFAULT_BATCH_SIZE),
                AuditTrails.on(Neo4jClient.create(driver)), AuditTrails.DISTRICT_CLOCK);
    }

    private static void actAs(String name) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
    }

    private static List<String> entries(Driver driver, String action) {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (e:AuditEntry {action: $action})
                    RETURN e.actor + '|' + e.entityKind + '|' + e.before + '|' + e.after AS e
                    """, java.util.Map.of("action", action)).list(r -> r.get("e").asString());
        }
    }

    private static ZonedDateTime latestAt(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (e:AuditEntry) RETURN max(e.at) AS at").single().get("at").asZonedDateTime();
        }
    }
}
