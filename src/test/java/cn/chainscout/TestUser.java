package cn.chainscout;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.chainscout.common.user.Roles;

/**
 * One account per role, created in the test database only (security/TestUserFixture): sign in with
 * browser/BrowserLogin.signIn(browser, port, TestUser.ANALYST), call the API with
 * {@code .header("Authorization", TestUser.LEADER.authorization())}. The passwords exist only in tests.
 */
public enum TestUser {
    LEADER("test-leader", Roles.LEADER),
    ANALYST("test-analyst", Roles.ANALYST),
    ADMIN("test-admin", Roles.ADMIN);

    private final String username;
    private final String role;

    TestUser(String username, String role) {
        this.username = username;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String password() {
        return "test-only-password-of-" + username;
    }

    public String role() {
        return role;
    }

    /** The HTTP Basic header value for this user. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password()).getBytes(StandardCharsets.UTF_8));
    }
}
