package cn.chainscout.security;

import cn.chainscout.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins on the page, sign-outs and every refused sign-in (page or API) go into the audit trail;
 * successful API calls do not (each one signs in again, that would drown the trail).
 */
@Component
class SignInAudit {

    /** An attempted user name is recorded at most this long: a refused sign-in may carry any text. */
    static final int MAX_NAME = 64;

    private final AuditTrail audit;
    private final LoginThrottle throttle;

    SignInAudit(AuditTrail audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordAs(name, "login.success", "User", name, "", address(event.getAuthentication().getDetails()));
    }

    /**
     * Every wrong password is recorded, but while a name (or the address) is locked only the lock's
     * first refusal: guessing cannot flood the database with entries.
     */
    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        Object details = event.getAuthentication().getDetails();
        String remote = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (event.getException() instanceof LoginThrottledException && !throttle.worthRecording(attempted, remote)) {
            return;
        }
        String name = attempted(attempted);
        audit.recordAs(name, "login.failed", "User", name, "",
                event.getException().getClass().getSimpleName() + " " + address(details));
    }

    /** The attempted user name as the trail keeps it: cut to {@link #MAX_NAME} characters. */
    static String attempted(String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordAs(name, "logout", "User", name, "", "");
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? "from " + web.getRemoteAddress() : "";
    }
}
