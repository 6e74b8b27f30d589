package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.chainscout.common.user.Roles;
import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import com.vaadin.flow.router.RouteAliasData;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open which page and call which endpoint, for every page and endpoint the app has, read from
 * the app itself (Vaadin's route registry, Spring MVC's mappings): a new page or endpoint that is not
 * in the tables below fails here until someone decides who may use it.
 */
@ChainScoutTest
class RoleAccessTest {

    /** A caller: nobody signed in, or a test user of one role. */
    enum Who {
        ANONYMOUS(null), LEADER(TestUser.LEADER), ANALYST(TestUser.ANALYST), ADMIN(TestUser.ADMIN);

        final TestUser user;

        Who(TestUser user) {
            this.user = user;
        }
    }

    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.LEADER, Who.ANALYST, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    /** Every Vaadin route (and alias) → who may open it. Add each new page here. */
    static final Map<String, Set<Who>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("login", ANYONE);
        PAGES.put("", SIGNED_IN);
        PAGES.put("chains/:id?", SIGNED_IN);
        PAGES.put("segments/:id", SIGNED_IN);
        PAGES.put("leads", SIGNED_IN);
        PAGES.put("companies", SIGNED_IN);
        PAGES.put("companies/:id", SIGNED_IN);
        // leaders read the pipeline and projects too; changing them is the ANALYST's (on the services)
        PAGES.put("pipeline", SIGNED_IN);
        PAGES.put("pipeline/:id", SIGNED_IN);
        PAGES.put("projects", SIGNED_IN);
        PAGES.put("projects/:id", SIGNED_IN);
        PAGES.put("cluster-map", SIGNED_IN);
        PAGES.put("map", SIGNED_IN);
        PAGES.put("dashboard", SIGNED_IN);
        // every role reads saved backtest runs; starting one is ANALYST's or ADMIN's (on the service)
        PAGES.put("backtest", SIGNED_IN);
        PAGES.put("import", ADMIN);
        PAGES.put("users", ADMIN);
        PAGES.put("audit", ADMIN);
        PAGES.put("backup", ADMIN);
    }

    /** Every Spring MVC endpoint ("METHOD pattern") → who may call it. Add each new endpoint here. */
    static final Map<String, Set<Who>> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("GET /api/chains", SIGNED_IN);
        ENDPOINTS.put("GET /api/chains/{chainId}/gaps", SIGNED_IN);
        ENDPOINTS.put("GET /api/leads", SIGNED_IN);
        ENDPOINTS.put("GET /api/leads/what-if", SIGNED_IN);
        ENDPOINTS.put("GET /api/companies", SIGNED_IN);
        ENDPOINTS.put("GET /api/companies/{id}", SIGNED_IN);
        ENDPOINTS.put("GET /api/admin/backup", ADMIN);
        ENDPOINTS.put("GET /api/backtest", SIGNED_IN);
        ENDPOINTS.put("GET /api/backtest/{id}", SIGNED_IN);
        ENDPOINTS.put("POST /api/backtest", EnumSet.of(Who.ANALYST, Who.ADMIN));
        ENDPOINTS.put("GET /api/tokens", SIGNED_IN);
        ENDPOINTS.put("POST /api/tokens", SIGNED_IN);
        ENDPOINTS.put("DELETE /api/tokens/{id}", SIGNED_IN);
        ENDPOINTS.put("POST /api/import", ADMIN);
        ENDPOINTS.put("GET /api/import/batches", ADMIN);
        ENDPOINTS.put("POST /api/import/batches/{id}/rollback", ADMIN);
        // the API's description (no data): open, so a new user can read how to sign in
        ENDPOINTS.put("GET /v3/api-docs", ANYONE);
        ENDPOINTS.put("GET /v3/api-docs.yaml", ANYONE);
        ENDPOINTS.put("GET /v3/api-docs/swagger-config", ANYONE);
        ENDPOINTS.put("GET /swagger-ui.html", ANYONE);
    }

    /** Spring's own error endpoint: not an API of ours, answers whatever error it is given. */
    private static final Set<String> NOT_OURS = Set.of("/error");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPageHasAnAccessRuleAndItMatchesTheTable() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()));
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            List<String> templates = new ArrayList<>(List.of(route.getTemplate()));
            route.getRouteAliases().stream().map(RouteAliasData::getTemplate).forEach(templates::add);
            for (String template : templates) {
                seen.add(template);
                Set<Who> allowed = PAGES.get(template);
                if (allowed == null) {
                    problems.add("page '" + template + "' (" + route.getNavigationTarget().getSimpleName()
                            + ") is not in RoleAccessTest.PAGES: add it with the roles that may open it");
                    continue;
                }
                for (Who who : Who.values()) {
                    boolean access = checker.hasAccess(route.getNavigationTarget(), principal(who), role -> hasRole(who, role));
                    if (access != allowed.contains(who)) {
                        problems.add("page '" + template + "': " + who + (access ? " may open it" : " may not open it")
                                + ", the table says " + (allowed.contains(who) ? "allowed" : "denied"));
                    }
                }
            }
        }
        assertThat(seen).as("pages in the table that the app no longer has").containsAll(PAGES.keySet());
        assertThat(problems).isEmpty();
    }

    @Test
    void theFrameAroundThePagesNeedsASignedInUser() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Class<?> layout = cn.chainscout.shell.MainLayout.class;
        assertThat(checker.hasAccess(layout, null, role -> false)).isFalse();
        assertThat(checker.hasAccess(layout, principal(Who.LEADER), role -> hasRole(Who.LEADER, role))).isTrue();
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheTableSays() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<String> patterns = mapping.getKey().getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (NOT_OURS.contains(pattern)) {
                    continue;
                }
                for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    String key = method + " " + pattern;
                    seen.add(key);
                    Set<Who> allowed = ENDPOINTS.get(key);
                    if (allowed == null) {
                        problems.add("endpoint '" + key + "' (" + mapping.getValue().getShortLogMessage()
                                + ") is not in RoleAccessTest.ENDPOINTS: add it with the roles that may call it");
                        continue;
                    }
                    for (Who who : Who.values()) {
                        int status = call(method.name(), pattern.replaceAll("\\{[^}]+}", "no-such-id"), who);
                        boolean refused = status == 401 || status == 403;
                        boolean expectRefusal = !allowed.contains(who);
                        if (refused != expectRefusal) {
                            problems.add("endpoint '" + key + "' as " + who + ": HTTP " + status + ", the table says "
                                    + (expectRefusal ? "refused (401/403)" : "allowed"));
                        } else if (refused && status != (who == Who.ANONYMOUS ? 401 : 403)) {
                            problems.add("endpoint '" + key + "' as " + who + ": HTTP " + status + ", expected "
                                    + (who == Who.ANONYMOUS ? 401 : 403));
                        }
                    }
                }
            }
        }
        assertThat(seen).as("endpoints in the table that the app no longer has").containsAll(ENDPOINTS.keySet());
        assertThat(problems).isEmpty();
    }

    private static final String READ_RULE = AnnotatedElementUtils.findMergedAnnotation(Roles.Read.class, PreAuthorize.class).value();
    private static final Set<String> ROLE_RULES = Set.of(READ_RULE,
            AnnotatedElementUtils.findMergedAnnotation(Roles.Analyst.class, PreAuthorize.class).value(),
            AnnotatedElementUtils.findMergedAnnotation(Roles.AnalystOrAdmin.class, PreAuthorize.class).value(),
            AnnotatedElementUtils.findMergedAnnotation(Roles.Admin.class, PreAuthorize.class).value());

    /** Every public method of every service has a role rule (class or method), or is open on purpose. */
    @Test
    void everyServiceMethodIsGuardedByARole() {
        // open on purpose: recording is called from inside other features' guarded methods and from sign-in;
        // the one-time password change is made from the sign-in page, before anyone is signed in
        Set<String> open = Set.of("AuditTrail.record", "AuditTrail.recordAs", "UserAccounts.changeOneTimePassword",
                "BackupService.fileName");
        List<String> unguarded = new ArrayList<>();
        ApplicationContext app = context;
        for (Object bean : app.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("cn.chainscout")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                if (open.contains(name) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                if (rule == null) {
                    rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
                }
                if (rule == null) {
                    unguarded.add(name + ": add @Roles.Read, @Roles.Analyst or @Roles.Admin (cn.chainscout.common.user.Roles)");
                    continue;
                }
                if (!ROLE_RULES.contains(rule.value())) {
                    unguarded.add(name + ": a hand-written @PreAuthorize(\"" + rule.value() + "\"); use @Roles.Read/Analyst/AnalystOrAdmin/Admin");
                }
                // a method that writes (a read-write transaction) must not be open to every reader, e.g. a LEADER
                Transactional tx = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
                if (tx == null) {
                    tx = AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
                }
                if (tx != null && !tx.readOnly() && READ_RULE.equals(rule.value())) {
                    unguarded.add(name + ": writes but any reader may call it; add @Roles.Analyst or @Roles.Admin");
                }
            }
        }
        assertThat(unguarded).isEmpty();
    }

    private int call(String method, String path, Who who) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (who.user != null) {
            request.header("Authorization", who.user.authorization());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Principal principal(Who who) {
        return who.user == null ? null : who.user::username;
    }

    private static boolean hasRole(Who who, String role) {
        return who.user != null && who.user.role().equals(role);
    }
}
