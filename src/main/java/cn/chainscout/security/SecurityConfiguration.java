package cn.chainscout.security;

import java.io.IOException;
import java.time.Clock;

import cn.chainscout.common.user.Roles;
import cn.chainscout.database.DatabaseAvailability;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may do what (docs/security.md): the REST API and its documentation in one chain (HTTP Basic or
 * the browser session, JSON errors), the Vaadin pages in the other (sign-in page, per-view annotations).
 * Method security enforces the roles on the services themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** The sign-in page (security/ui/LoginView). */
    static final String LOGIN_PATH = "/login";

    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * A load balancer reads /actuator/health (and its readiness and liveness groups) without signing in;
     * every other actuator address is refused, exposed or not.
     */
    @Bean
    @Order(0)
    SecurityFilterChain healthSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler(SecurityConfiguration::forbidden));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, UserQueries users, ApiTokens tokens) throws Exception {
        http.securityMatcher(java.util.stream.Stream.concat(java.util.stream.Stream.of("/api/**"), java.util.Arrays.stream(API_DOCS))
                        .toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(API_DOCS).permitAll()
                        .requestMatchers("/api/admin/**", "/api/import", "/api/import/**").hasRole(Roles.ADMIN)
                        // starting a backtest run (before its upload is read); reading runs is anyone's
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/backtest")
                        .hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler(SecurityConfiguration::forbidden))
                // a request with a session needs the session's CSRF token, whatever header it carries (a header
                // that authenticates nothing must not switch the check off); one without a session is let through
                // here and goes on only if its header's credentials authenticate it (else 401), while a browser
                // adding saved Basic credentials to another site's form is stopped by CrossSiteWriteFilter
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestedSessionId() == null))
                .addFilterBefore(new CrossSiteWriteFilter(true), CsrfFilter.class)
                .addFilterBefore(new AccountSessionFilter(users), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, UserQueries users) throws Exception {
        // our own scripts and styles and the browser libraries: no data, needed by the sign-in page too;
        // /error only renders the status of a request refused further in (415, a rejected address), which
        // must reach the caller as that status, not as a sign-in redirect
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/frontend/**", "/webjars/**", "/error").permitAll());
        // Vaadin exempts its sign-in form from Spring's CSRF token: another site's form could sign a browser
        // in to the attacker's account (login CSRF); the browser's Origin header tells such a post apart
        http.addFilterBefore(new CrossSiteWriteFilter(false), CsrfFilter.class);
        // disabling, demoting or resetting an account ends its open sessions at once
        http.addFilterBefore(new AccountSessionFilter(users), SecurityContextHolderFilter.class);
        http.addFilterBefore(new PageHeadersFilter(), SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH)).build();
    }

    /** An address the firewall refuses (e.g. an encoded "/" in an id): a short 400, JSON for the API, no trace. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                json(response, 400, "Bad Request", "The address contains characters that are not allowed (such as an encoded '/')");
            } else {
                response.setStatus(400);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>400</title>"
                        + "<h1>400 · 地址中含有不允许的字符</h1><p>The address contains characters that are not allowed. "
                        + "<a href=\"/\">链图招商 ChainScout</a></p></html>");
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, prefixed {bcrypt}: a later algorithm can be added without breaking stored hashes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(SignInProperties s, Clock clock) {
        return new LoginThrottle(s.freeAttempts(), s.addressFreeAttempts(), s.throttleCapacity(), s.firstLock(), s.maxLock(), clock);
    }

    /**
     * Spring's publisher, told that a throttled sign-in is a refusal too (it publishes nothing for
     * exceptions it does not know), so {@link SignInAudit} records the lock (once per lock).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(java.util.Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserQueries users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new Neo4jUserDetailsService(users));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    private static void unauthorized(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) throws IOException {
        if (DatabaseAvailability.isUnavailable(e)) {
            // the accounts are in the graph: no database, no sign-in; say so instead of "wrong password"
            json(response, 503, "Service Unavailable", "The database is temporarily unavailable; try again in a moment");
            return;
        }
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            json(response, 429, "Too Many Requests", throttled.getMessage());
            return;
        }
        if (!acceptsHtml(request)) {
            // no challenge to a browser: it would show its own prompt and then add the saved credentials to
            // every later request, another site's included
            response.setHeader("WWW-Authenticate", "Basic realm=\"ChainScout\", charset=\"UTF-8\"");
        }
        json(response, 401, "Unauthorized",
                "Sign in: HTTP Basic with your ChainScout user name and password, or the session of a signed-in browser");
    }

    private static void forbidden(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                  org.springframework.security.access.AccessDeniedException denied) throws IOException {
        if (denied instanceof CsrfException) {
            json(response, 403, "Forbidden", "A change made with a browser session needs the session's CSRF token "
                    + "(programs: send your credentials in the Authorization header, without a session cookie)");
        } else {
            json(response, 403, "Forbidden", "Your role may not use this endpoint (docs/security.md)");
        }
    }

    private static boolean acceptsHtml(jakarta.servlet.http.HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        ApiResponses.json(response, status, error, message);
    }
}
