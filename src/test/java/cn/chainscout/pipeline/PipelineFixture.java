package cn.chainscout.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.chainscout.project.ProjectFigures;
import org.neo4j.driver.Driver;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Leads a test creates and deletes again (the tests share one database), and who is acting. */
public final class PipelineFixture {

    private final Driver driver;
    private final List<String> leads = new ArrayList<>();

    public PipelineFixture(Driver driver) {
        this.driver = driver;
    }

    /** Acts as a signed-in user on this thread, as a browser request would. */
    public static void actAs(String name) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setUserPrincipal(() -> name);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    public static void actAsNobody() {
        RequestContextHolder.resetRequestAttributes();
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
