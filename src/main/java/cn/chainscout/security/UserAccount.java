package cn.chainscout.security;

import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A person who may sign in, as the users page shows them (never the password hash).
 *
 * @param mustChangePassword true while the password is a one-time one (first start, new user, reset)
 */
public record UserAccount(String username, Set<String> roles, boolean enabled, boolean mustChangePassword,
                          ZonedDateTime createdAt, String createdBy, long version) {
}
