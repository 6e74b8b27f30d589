package cn.chainscout.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: an ADMIN creates them, sets their roles, disables them and resets passwords; every
 * change is in the audit trail. A one-time password (new account, reset, first start) must be changed
 * at the next sign-in, before anything else.
 */
@Service
public class UserAccounts {

    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,40}");
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;

    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserQueries queries;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;

    UserAccounts(UserQueries queries, PasswordEncoder encoder, AuditTrail audit, CurrentUser currentUser,
                 LoginThrottle throttle) {
        this.queries = queries;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.throttle = throttle;
    }

    @Roles.Admin
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return queries.list();
    }

    /** Creates an account with a one-time password, returned once for the admin to hand over. */
    @Roles.Admin
    @Transactional
    public String create(String username, Set<String> roles) {
        String name = checkUsername(username);
        List<String> checkedRoles = checkRoles(roles);
        if (queries.find(name).isPresent()) {
            throw new AccountException("username", "security.error.usernameTaken", name);
        }
        String password = oneTimePassword();
        queries.create(name, encoder.encode(password), checkedRoles, true, currentUser.name());
        audit.record("user.create", "User", name, "", "roles=" + checkedRoles + ", enabled=true");
        return password;
    }

    /** Sets the roles and whether the account may sign in; refused if someone changed it meanwhile. */
    @Roles.Admin
    @Transactional
    public void update(String username, long version, Set<String> roles, boolean enabled) {
        UserAccount before = existing(username);
        List<String> checkedRoles = checkRoles(roles);
        if (before.username().equals(currentUser.name()) && (!enabled || !checkedRoles.contains(Roles.ADMIN))) {
            throw new AccountException("roles", "security.error.notYourself");
        }
        if (!queries.update(before.username(), version, checkedRoles, enabled, currentUser.name())) {
            throw new AccountException("username", "security.error.changedMeanwhile", before.username());
        }
        audit.record("user.update", "User", before.username(),
                "roles=" + new TreeSet<>(before.roles()) + ", enabled=" + before.enabled(),
                "roles=" + checkedRoles + ", enabled=" + enabled);
    }

    /** A new one-time password for the account, returned once; the old one stops working at once. */
    @Roles.Admin
    @Transactional
    public String resetPassword(String username) {
        UserAccount account = existing(username);
        String password = oneTimePassword();
        queries.setPassword(account.username(), encoder.encode(password), true, currentUser.name());
        audit.record("user.resetPassword", "User", account.username(), "", "one-time password set");
        return password;
    }

    /**
     * Replaces a one-time password with the user's own (from the sign-in page, so nobody is signed in
     * yet). The one-time password is checked, behind the same throttle as signing in. Not one
     * transaction: a refused attempt must stay in the audit trail.
     */
    public void changeOneTimePassword(String username, String oneTimePassword, String newPassword, String address) {
        String name = username == null ? "" : username.strip();
        throttle.check(name, address);
        var credentials = queries.find(name).filter(c -> c.account().enabled())
                .filter(c -> oneTimePassword != null && encoder.matches(oneTimePassword, c.passwordHash()));
        if (credentials.isEmpty()) {
            throttle.failed(name, address);
            audit.recordAs(SignInAudit.attempted(name), "user.changePassword.failed", "User", SignInAudit.attempted(name), "",
                    "wrong user name or one-time password");
            throw new AccountException("password", "security.error.wrongPassword");
        }
        checkNewPassword(newPassword, name);
        if (encoder.matches(newPassword, credentials.get().passwordHash())) {
            throw new AccountException("newPassword", "security.error.samePassword");
        }
        throttle.succeeded(name, address);
        queries.setPassword(name, encoder.encode(newPassword), false, name);
        audit.recordAs(name, "user.changePassword", "User", name, "one-time password", "own password");
    }

    /** Used once, at the first start, when no account exists (see {@link AdminBootstrap}). */
    @Transactional
    void createFirstAdmin(String username, String password, boolean mustChange) {
        String name = checkUsername(username);
        if (!mustChange) {
            checkNewPassword(password, name);
        }
        queries.create(name, encoder.encode(password), List.of(Roles.ADMIN), mustChange, CurrentUser.SYSTEM);
        audit.recordAs(CurrentUser.SYSTEM, "user.create", "User", name, "",
                "roles=[ADMIN], first start, " + (mustChange ? "one-time password" : "password from the environment"));
    }

    @Transactional(readOnly = true)
    long count() {
        return queries.count();
    }

    static void checkNewPassword(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException("newPassword", "security.error.passwordTooShort", MIN_PASSWORD);
        }
        if (password.length() > MAX_PASSWORD) {
            throw new AccountException("newPassword", "security.error.passwordTooLong", MAX_PASSWORD);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new AccountException("newPassword", "security.error.passwordIsUsername");
        }
    }

    static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return password.toString();
    }

    private UserAccount existing(String username) {
        return queries.find(username == null ? "" : username.strip()).map(UserQueries.Credentials::account)
                .orElseThrow(() -> new AccountException("username", "security.error.unknownUser", String.valueOf(username)));
    }

    private static String checkUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("username", "security.error.badUsername");
        }
        return name;
    }

    private static List<String> checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("roles", "security.error.noRole");
        }
        if (!Roles.ALL.containsAll(roles)) {
            throw new AccountException("roles", "security.error.unknownRole");
        }
        return Roles.ALL.stream().filter(roles::contains).toList();
    }
}
