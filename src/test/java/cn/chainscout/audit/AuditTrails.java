package cn.chainscout.audit;

import cn.chainscout.common.user.CurrentUser;
import org.springframework.data.neo4j.core.Neo4jClient;

/** An audit trail on a given client, for a test's child JVM that runs a service without Spring's context. */
public final class AuditTrails {

    public static final java.time.Clock DISTRICT_CLOCK = java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai"));

    public static AuditTrail on(Neo4jClient client) {
        // the district's zone, as the app's Clock bean has it by default (chainscout.zone)
        return new AuditTrail(new AuditQueries(client), new CurrentUser(), DISTRICT_CLOCK);
    }

    private AuditTrails() {
    }
}
