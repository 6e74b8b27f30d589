package cn.chainscout.seed;

import java.nio.file.Path;

import cn.chainscout.TestNeo4j;
import cn.chainscout.database.GraphSchema;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * Run in a child JVM by {@link KilledMidWriteTest}: loads the real seed into a data directory. With
 * "hold", the seed's transaction stops just before its commit (all rows written, nothing committed)
 * and says so on stdout, so the test can kill the process at exactly that point.
 */
public final class SeedLoadChild {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        boolean hold = args.length > 2 && "hold".equals(args[2]);
        DatabaseManagementService service = TestNeo4j.start(dir, port);
        if (hold) {
            service.registerTransactionEventListener("neo4j", new TransactionEventListenerAdapter<Object>() {
                @Override
                public Object beforeCommit(TransactionData data, org.neo4j.graphdb.Transaction tx,
                                           org.neo4j.graphdb.GraphDatabaseService db) throws Exception {
                    long created = 0;
                    for (var ignored : data.createdNodes()) {
                        created++;
                    }
                    if (created > 100) {
                        System.out.println("SEED-WRITTEN-NOT-COMMITTED " + created);
                        System.out.flush();
                        Thread.sleep(600_000);
                    }
                    return null;
                }
            });
        }
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            new GraphSchema(driver).apply();
            System.out.println("SEED-LOADING");
            System.out.flush();
            SeedLoader.Outcome outcome = new SeedLoader(driver).load("classpath:graph-seed/", true);
            System.out.println("SEED-LOADED " + outcome.rows());
        }
        service.shutdown();
    }

    private SeedLoadChild() {
    }
}
