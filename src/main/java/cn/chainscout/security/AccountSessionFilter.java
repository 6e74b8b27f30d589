package cn.chainscout.security;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import cn.chainscout.database.DatabaseAvailability;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session lasts only as long as its account stays as it was: each request of a session
 * re-reads the account (one indexed lookup) and ends the session at once when the account is gone,
 * disabled, has other roles, or has had its password reset or changed since the session began. The
 * request then goes on signed out (sign-in page, or 401 from the API). Requests that carry their own
 * credentials (HTTP Basic, API tokens) are checked against the account anyway and are not touched here.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionFilter.class);
    /** The account's version when the session first used it; a later version means the account changed. */
    static final String VERSION = AccountSessionFilter.class.getName() + ".version";

    private final UserQueries users;

    AccountSessionFilter(UserQueries users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = session == null ? null : sessionAuthentication(session);
        if (signedIn != null && !checked(session, signedIn)) {
            log.info("Session of {} ended: the account was disabled, changed roles or had its password reset", signedIn.getName());
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private static Authentication sessionAuthentication(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    && security.getAuthentication().isAuthenticated() ? security.getAuthentication() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /**
     * Whether the session may go on. With the database down the account cannot be read: the request goes
     * on and its own work reports the outage (503 JSON for the API, the 数据库暂时无法访问 page), as
     * nothing can be read or changed without the database anyway.
     */
    private boolean checked(HttpSession session, Authentication signedIn) {
        try {
            return stillValid(session, signedIn);
        } catch (RuntimeException e) {
            if (DatabaseAvailability.isUnavailable(e)) {
                return true;
            }
            throw e;
        }
    }

    private boolean stillValid(HttpSession session, Authentication signedIn) {
        var found = users.find(signedIn.getName());
        if (found.isEmpty()) {
            return false;
        }
        UserAccount account = found.get().account();
        Set<String> roles = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        if (!account.enabled() || account.mustChangePassword() || !roles.equals(account.roles())) {
            return false;
        }
        Object seen = session.getAttribute(VERSION);
        if (seen == null) {
            session.setAttribute(VERSION, account.version());
            return true;
        }
        return seen.equals(account.version());
    }
}
