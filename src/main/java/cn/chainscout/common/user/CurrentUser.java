package cn.chainscout.common.user;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current change: the name written into histories and the audit trail.
 * Services ask this bean instead of reading the request themselves; it reads Spring Security's
 * context, which Vaadin keeps per session and the REST API per request.
 */
@Component
public class CurrentUser {

    /** The name recorded when nobody has signed in (background work, tests without a user). */
    public static final String ANONYMOUS = "anonymous";

    /** The name recorded for work the app does by itself (start-up, warm-up, command line). */
    public static final String SYSTEM = "system";

    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    /**
     * Runs work the app starts by itself (not a user) as {@link #SYSTEM} with the given roles, on this
     * thread only, so secured services let it through and the audit trail names it.
     */
    public static <T> T asSystem(Supplier<T> work, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void asSystem(Runnable work, String... roles) {
        asSystem(() -> {
            work.run();
            return null;
        }, roles);
    }

    /**
     * The work, to run on another thread as the user who asks for it now: a page's background job
     * keeps its user's roles and name (Spring Security's context belongs to one thread).
     */
    public static Runnable carrying(Runnable work) {
        return new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(work);
    }
}
