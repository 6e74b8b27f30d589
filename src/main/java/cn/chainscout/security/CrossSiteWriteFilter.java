package cn.chainscout.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a change (POST, PUT, PATCH, DELETE) that a page of another site started in the browser: its
 * {@code Origin} is not this app's, or the browser says {@code Sec-Fetch-Site: cross-site}. Browsers send
 * these headers themselves and a page cannot forge them, so credentials the browser adds on its own (saved
 * HTTP Basic, the session cookie) never carry another site's write; the sign-in form is covered too (login
 * CSRF). Programs (curl, scripts) send neither header and pass. Behind a proxy the app must see the public
 * address ({@code server.forward-headers-strategy}) for the origin to match.
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final boolean json;

    CrossSiteWriteFilter(boolean json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod()) || !crossSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(403);
        if (json) {
            ApiResponses.json(response, 403, "Forbidden",
                    "A change started by a page of another site is refused (Origin " + request.getHeader("Origin") + ")");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("403 · 拒绝来自其他网站的请求 (a request started by another site is refused)");
        }
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        return !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null" (sandboxed frame, file:) is never us
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
