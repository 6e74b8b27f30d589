package cn.chainscout.security;

import java.io.IOException;
import java.util.Optional;

import cn.chainscout.database.DatabaseAvailability;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: signs the request in as the token's account with the
 * token's roles, for this request only (no session). A bearer header that is not a live token is refused
 * with 401 at once, whether or not the request also has a session: a header never switches anything off.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserQueries.TokenOwner> owner;
        try {
            owner = tokens.authenticate(header.substring(7).strip());
        } catch (RuntimeException e) {
            if (DatabaseAvailability.isUnavailable(e)) {
                ApiResponses.json(response, 503, "Service Unavailable", "The database is temporarily unavailable; try again in a moment");
                return;
            }
            throw e;
        }
        if (owner.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ChainScout\", error=\"invalid_token\"");
            ApiResponses.json(response, 401, "Unauthorized",
                    "The API token is unknown, revoked, or no longer valid for its account (create one under 我的令牌 / My API tokens)");
            return;
        }
        User principal = new User(owner.get().username(), "", owner.get().tokenRoles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
