package cn.chainscout.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.common.ProblemBodies;
import cn.chainscout.common.i18n.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * What the API answers outside its endpoints, and in which language.
 */
@Configuration(proxyBeanMethods = false)
class ApiFallback {

    /**
     * An /api address no endpoint has: 404 ProblemDetail, not the app's HTML page with 200 (scripts took that for
     * success). After the controllers' own mappings (order 0), before Vaadin's catch-all.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping(Messages messages, LocaleResolver locales) {
        HttpRequestHandler notFound = (request, response) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            ProblemBodies.write(response, HttpServletResponse.SC_NOT_FOUND,
                    messages.get("api.error.noEndpoint", locales.resolveLocale(request), request.getMethod(), path));
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(1);
        return mapping;
    }

    /** Messages in Chinese, the app's first language, unless the client asks for English. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }
}
