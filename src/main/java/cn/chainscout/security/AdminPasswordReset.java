package cn.chainscout.security;

import java.util.ArrayList;
import java.util.List;

import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way out when the admin's one-time password is lost: on the server (whoever can start the app
 * on its data may do this), the admin account gets a new one-time password that must be changed at
 * the next sign-in; the account is enabled and an ADMIN again, or created if it is gone. Run by
 * {@link AdminPasswordCommand}; the reset is in the audit trail.
 */
@Component
public class AdminPasswordReset {

    private final UserQueries queries;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final String username;

    AdminPasswordReset(UserQueries queries, PasswordEncoder encoder, AuditTrail audit,
                       @Value("${chainscout.admin.username:admin}") String username) {
        this.queries = queries;
        this.encoder = encoder;
        this.audit = audit;
        this.username = username;
    }

    /** The admin account's user name (chainscout.admin.username). */
    public String username() {
        return username;
    }

    /** @return the new one-time password, to be shown once */
    @Transactional
    public String reset() {
        String password = UserAccounts.oneTimePassword();
        var existing = queries.find(username);
        if (existing.isEmpty()) {
            queries.create(username, encoder.encode(password), List.of(Roles.ADMIN), true, CurrentUser.SYSTEM);
        } else {
            UserAccount account = existing.get().account();
            queries.setPassword(username, encoder.encode(password), true, CurrentUser.SYSTEM);
            if (!account.enabled() || !account.roles().contains(Roles.ADMIN)) {
                List<String> roles = new ArrayList<>(account.roles());
                roles.add(Roles.ADMIN);
                // setPassword raised the version by one
                queries.update(username, account.version() + 1, List.copyOf(new java.util.TreeSet<>(roles)), true,
                        CurrentUser.SYSTEM);
            }
        }
        audit.recordAs(CurrentUser.SYSTEM, "user.resetPassword", "User", username, existing.isEmpty() ? "" : "password",
                "one-time password set on the server (--chainscout.reset-admin-password)");
        return password;
    }
}
