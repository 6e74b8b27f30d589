package cn.chainscout.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /swagger-ui.html says about signing in and about errors: every endpoint needs a ChainScout account. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "ChainScout 链图招商 API", version = ApiDocumentation.VERSION, description = """
                Every /api endpoint needs a signed-in ChainScout account. Programs: a personal API token \
                (create one under 我的令牌 / My API tokens, or POST /api/tokens) sent as Authorization: Bearer <token>. \
                People at a prompt: HTTP Basic with user name and password (curl -u name:password). A browser signed \
                in to ChainScout: its session. No or wrong credentials: 401; a role that may not use the endpoint: \
                403; too many failed sign-ins: 429 with Retry-After. Every error is an RFC 9457 problem detail (ApiProblem, application/problem+json) listing each problem with its field. Messages are in \
                Chinese unless Accept-Language asks for English. Roles per endpoint: docs/security.md."""),
        security = {@SecurityRequirement(name = ApiDocumentation.TOKEN), @SecurityRequirement(name = ApiDocumentation.BASIC)})
@SecurityScheme(name = ApiDocumentation.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "cst_…",
        description = "A personal API token (shown once when made); it has at most its account's roles")
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Your ChainScout user name and password (an account with a one-time password must change it first, on the sign-in page)")
class ApiDocumentation {

    static final String VERSION = "0.1.0";
    static final String BASIC = "basicAuth";
    static final String TOKEN = "apiToken";

    /** Every operation's error answers, each with the {@link ApiProblem} body a client can read. */
    @Bean
    OpenApiCustomizer errorResponses() {
        return openApi -> {
            ModelConverters.getInstance().readAll(ApiProblem.class).forEach(openApi.getComponents()::addSchemas);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                Map<String, String> errors = new LinkedHashMap<>();
                errors.put("400", "A parameter or the input is not valid (the message names it)");
                errors.put("401", "No account, or wrong credentials (a password, or an unknown or revoked token)");
                errors.put("403", "Your role may not use this endpoint, or a browser change without the session's CSRF token");
                errors.put("404", "No such id (the message names it)");
                errors.put("429", "Too many failed sign-ins from this name or address; see Retry-After");
                if (path.equals("/api/import")) {
                    errors.put("409", "Another import created the same list-year at the same moment: import again");
                    errors.put("413", "The upload is over the servlet's limit (the message names the setting)");
                }
                errors.forEach((status, description) -> add(operation, status, description));
            }));
        };
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
            return;
        }
        Schema<?> body = new Schema<>().$ref("#/components/schemas/ApiProblem");
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(body))));
    }
}
