package cn.chainscout.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser-side hardening of the pages: a Content-Security-Policy Vaadin works under, no MIME sniffing,
 * no framing by any site, the referrer kept to this origin, and no copy of a page in the browser's or a
 * proxy's cache (static files, which hold no data, keep their own caching).
 */
class PageHeadersFilter extends OncePerRequestFilter {

    /**
     * Vaadin's bootstrap page and its client engine need inline scripts, {@code eval} (executeJs) and
     * inline styles (Lit); everything else comes from this origin only. {@code frame-ancestors 'none'}
     * and {@code form-action 'self'} hold whatever a page contains.
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final List<String> STATIC = List.of("/VAADIN/", "/frontend/", "/webjars/", "/icons/", "/images/",
            "/favicon.ico", "/sw.js", "/manifest.webmanifest", "/offline");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().noneMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
