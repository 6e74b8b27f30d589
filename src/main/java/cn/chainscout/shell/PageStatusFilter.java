package cn.chainscout.shell;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP status of a page's address: Vaadin answers every page address with its start page (200) and
 * opens the view in the browser afterwards, so the 404 and 403 pages (NotFoundView) would reach the
 * browser, a link checker or a proxy as "200 OK". This sets 404 for an address that is no page and 403
 * for a page the signed-in user's role may not open; the body stays Vaadin's, which shows the page.
 */
@org.springframework.stereotype.Component
class PageStatusFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || path.startsWith("/api/") || path.startsWith("/VAADIN/") || path.startsWith("/frontend/")
                || path.startsWith("/webjars/") || path.startsWith("/v3/") || path.startsWith("/swagger-ui")
                || path.equals("/error") || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || "anonymousUser".equals(user.getPrincipal())) {
            chain.doFilter(request, response); // the sign-in redirect comes first
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/", "");
        Optional<Class<? extends Component>> view = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext())).getNavigationTarget(path);
        int status = view.isEmpty() ? HttpServletResponse.SC_NOT_FOUND : refused(view.get(), user) ? HttpServletResponse.SC_FORBIDDEN : 0;
        if (status == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(status);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int sc) {
                // Vaadin's start page says 200; the address's own status stands
                if (sc >= 400) {
                    super.setStatus(sc);
                }
            }
        });
    }

    private static boolean refused(Class<?> view, Authentication user) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.stream(roles.value())
                .noneMatch(r -> user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + r).equals(a.getAuthority())));
    }
}
