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

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordAs(name, "login.success", "User", name, "", address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        audit.recordAs(name, "login.failed", "User", name, "",
                event.getException().getClass().getSimpleName() + " " + address(event.getAuthentication().getDetails()));
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
