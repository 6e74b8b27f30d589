package cn.chainscout.common.ui;

import cn.chainscout.common.user.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the signed-in user's role lets a page offer: a control the services would refuse is not shown
 * (a LEADER reads, docs/security.md). The services still check the role; this only spares the user the
 * attempt and its refusal.
 */
public final class Permissions {

    /** Works leads, the pipeline, projects and hand-entered targets (ANALYST). */
    public static boolean mayWork() {
        return has(Roles.ANALYST);
    }

    /** Imports, accounts, audit trail, backup (ADMIN). */
    public static boolean mayAdminister() {
        return has(Roles.ADMIN);
    }

    private static boolean has(String role) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    private Permissions() {
    }
}
