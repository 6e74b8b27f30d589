package cn.chainscout.common.user;

import java.security.Principal;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is making the current change: the name written into histories and the audit trail.
 * Services ask this bean instead of reading the request themselves, so the way users sign in can
 * change in one place.
 */
@Component
public class CurrentUser {

    /** The name recorded when nobody has signed in (background work, tests without a user). */
    public static final String ANONYMOUS = "anonymous";

    public String name() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Principal principal = attributes.getRequest().getUserPrincipal();
            if (principal != null) {
                return principal.getName();
            }
        }
        return ANONYMOUS;
    }
}
