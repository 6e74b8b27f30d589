package cn.chainscout.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The user name and one-time password just typed on the sign-in form, kept in the server-side
 * session (never sent back to the browser) when the password was right but must be changed, so the
 * change form asks only for the new password. Taken once, and gone with the session.
 */
public final class PendingPasswordChange {

    static final String ATTRIBUTE = PendingPasswordChange.class.getName();

    /** What was typed; only ever held on the server. */
    public record Typed(String username, String oneTimePassword) implements Serializable {
        @Override
        public String toString() {
            return "Typed[" + username + "]";
        }
    }

    private PendingPasswordChange() {
    }

    /**
     * Called when a correct one-time password was refused as expired. Only a browser that already has a
     * session (the sign-in page) gets one: an API call with HTTP Basic must not open a session.
     */
    static void remember(String username, Object password) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !(password instanceof String typed)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new Typed(username, typed));
        }
    }

    /**
     * What the sign-in form carried over to this session, if anything; removed from the session. The view passes
     * its session's attribute reader and remover, so this class stays free of Vaadin.
     */
    public static Optional<Typed> take(Function<String, Object> attribute, Consumer<String> remove) {
        Object typed = attribute.apply(ATTRIBUTE);
        remove.accept(ATTRIBUTE);
        return typed instanceof Typed t ? Optional.of(t) : Optional.empty();
    }
}
