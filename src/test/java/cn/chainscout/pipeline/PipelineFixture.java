package cn.chainscout.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.chainscout.project.ProjectFigures;
import org.neo4j.driver.Driver;
import cn.chainscout.common.user.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Leads a test creates and deletes again (the tests share one database), and who is acting. */
public final class PipelineFixture {

    private final Driver driver;
    private final List<String> leads = new ArrayList<>();

    public PipelineFixture(Driver driver) {
        this.driver = driver;
    }

    /** Acts as a signed-in investment officer (ANALYST) of that name on this thread, as a page would. */
    public static void actAs(String name) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ANALYST))));
    }

    public static void actAsNobody() {
        SecurityContextHolder.clearContext();
    }

    public String track(String leadId) {
        leads.add(leadId);
        return leadId;
    }

    /** Deletes the tracked leads with their history and projects. */
    public void deleteAll() {
        deleteLeadsOf(driver, leads);
        leads.clear();
    }

    public static void deleteLeadsOf(Driver driver, List<String> leadIds) {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (l:Lead) WHERE l.id IN $ids
                    OPTIONAL MATCH (l)-[:HAS_EVENT]->(e:LeadEvent)
                    OPTIONAL MATCH (p:Project)-[:FROM]->(l)
                    DETACH DELETE l, e, p
                    """, Map.of("ids", leadIds)).consume();
        }
    }

    public static ProjectFigures figures(double investmentYi, double landMu, double outputYi, double taxWan) {
        return new ProjectFigures(null, investmentYi, landMu, outputYi, taxWan, java.time.LocalDate.of(2026, 3, 1));
    }
}
