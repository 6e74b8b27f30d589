package cn.chainscout.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.chainscout.TestNeo4j;
import cn.chainscout.audit.AuditTrails;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Run in a child JVM by {@link ImportKilledMidWriteTest}: imports a large generated list into a seeded
 * data directory through the app's own {@link ImportService} (its queries, its one transaction, its
 * audit entry). "half": stops inside the transaction with about 60 % of the rows written; "commit":
 * stops just before the commit with every row written; "run": imports to the end. It says on stdout
 * where it stopped so the test can kill it there.
 */
public final class ImportKillChild {

    public static final String LIST = "CHINA_TOP_500";
    public static final int YEAR = 2027;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String mode = args[2];
        int rows = Integer.parseInt(args[3]);
        DatabaseManagementService service = TestNeo4j.start(dir, port);
        if ("commit".equals(mode)) {
            service.registerTransactionEventListener("neo4j", new TransactionEventListenerAdapter<Object>() {
                @Override
                public Object beforeCommit(TransactionData data, org.neo4j.graphdb.Transaction tx,
                                           org.neo4j.graphdb.GraphDatabaseService db) throws Exception {
                    long created = 0;
                    for (var ignored : data.createdNodes()) {
                        created++;
                    }
                    if (created >= rows) {
                        say("IMPORT-WRITTEN-NOT-COMMITTED " + created);
                        Thread.sleep(600_000);
                    }
                    return null;
                }
            });
        }
        int exit = 0;
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            Neo4jClient client = Neo4jClient.create(driver);
            ImportService imports = new ImportService(new ImportQueries(client),
                    ImportProperties.of(DataSize.ofMegabytes(20), 5000, 1995, 100), new CurrentUser(),
                    AuditTrails.on(client), Neo4jTransactionManager.with(driver).build(),
                    AuditTrails.DISTRICT_CLOCK);
            ImportResult result = CurrentUser.asSystem(() -> {
                Analysis analysis = imports.analyse(List.of(new SourceFile("synthetic.csv", list(rows))));
                ColumnMapping mapping = ColumnMapping.propose(analysis.tables().get(analysis.chosen()).header(),
                        RevenueUnit.CNY_10K);
                ImportPlan plan = imports.plan(analysis, analysis.chosen(), mapping, LIST, YEAR);
                Map<Integer, String> decisions = new HashMap<>();
                plan.uncertain().forEach(r -> decisions.put(r.index(), ImportService.NEW_COMPANY));
                say("IMPORT-WRITING " + plan.rows().size());
                return imports.commit(plan, decisions, (done, total) -> {
                    if ("half".equals(mode) && done >= total * 3 / 5) {
                        say("IMPORT-HALF-WRITTEN " + done + "/" + total);
                        sleep();
                    }
                });
            }, Roles.ADMIN);
            say("IMPORT-COMMITTED " + result.batchId() + " " + result.created() + " " + result.ranked());
        } catch (Throwable failure) {
            // said on a line of its own so the test stops waiting at once instead of reading until its timeout
            say("IMPORT-FAILED " + failure);
            exit = 1;
        } finally {
            service.shutdown();
        }
        System.exit(exit);
    }

    /** A list of made-up companies no graph has: every row a new company and a new rank. */
    public static byte[] list(int rows) {
        StringBuilder csv = new StringBuilder("排名,企业名称,营业收入（万元）\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",合成测试第").append(i).append("号实业有限公司,").append(9_000_000 - i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void sleep() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ImportKillChild() {
    }
}
