package cn.chainscout.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts from the graph for Spring Security. A one-time password counts as expired: Spring accepts
 * it only to say "choose a new password", never to sign in.
 */
class Neo4jUserDetailsService implements UserDetailsService {

    private final UserQueries queries;

    Neo4jUserDetailsService(UserQueries queries) {
        this.queries = queries;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = queries.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        var account = credentials.account();
        return User.withUsername(account.username())
                .password(credentials.passwordHash())
                .roles(account.roles().toArray(String[]::new))
                .disabled(!account.enabled())
                .credentialsExpired(account.mustChangePassword())
                .build();
    }
}
