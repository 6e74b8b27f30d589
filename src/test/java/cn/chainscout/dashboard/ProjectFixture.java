package cn.chainscout.dashboard;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Projects of any size and stage written straight through the driver, for counting tests that need
 * many of them (signing through the pipeline is tested in PipelineServiceTest and PipelineBrowserTest);
 * ids start with "test-dashboard-" so cleanup removes exactly what a test made.
 */
public final class ProjectFixture {

    private static final String SIGN = """
            MATCH (c:Company {id: $companyId})
            CREATE (l:Lead {id: $id + '-lead', kind: 'DIRECTED', stage: 'SIGNED', reason: 'dashboard test',
                            owner: 'test', unit: '区商务局', version: 1, createdAt: datetime(), createdBy: 'test',
                            updatedAt: datetime(), updatedBy: 'test'})-[:TARGETS]->(c)
            CREATE (p:Project {id: $id, name: $name, investmentYi: $investmentYi, landMu: 200.0, annualOutputYi: 20.0,
                               annualTaxWan: 9000.0, signedOn: date(), stage: $stage, version: 1})-[:FROM]->(l)
            """;

    private static final String REMOVE = """
            MATCH (n) WHERE (n:Project OR n:Lead) AND n.id STARTS WITH 'test-dashboard-' DETACH DELETE n
            """;

    /** Creates a project (and its lead) of this size and stage for an existing company. */
    public static void sign(Driver driver, String id, double investmentYi, String stage, String companyId) {
        try (var session = driver.session()) {
            session.run(SIGN, Map.of("id", "test-dashboard-" + id, "name", "测试项目 " + id, "investmentYi", investmentYi,
                    "stage", stage, "companyId", companyId)).consume();
        }
    }

    public static void removeAll(Driver driver) {
        try (var session = driver.session()) {
            session.run(REMOVE).consume();
        }
    }

    /** Tests that record the trend (DashboardService.recordTrend) note the snapshots first and remove the new ones after. */
    public static List<String> snapshotIds(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (s:TargetSnapshot) RETURN s.id AS id").list(r -> r.get("id").asString());
        }
    }

    public static void removeSnapshotsExcept(Driver driver, List<String> keep) {
        try (var session = driver.session()) {
            session.run("MATCH (s:TargetSnapshot) WHERE NOT s.id IN $keep DETACH DELETE s", Map.of("keep", keep)).consume();
        }
    }

    private ProjectFixture() {
    }
}
