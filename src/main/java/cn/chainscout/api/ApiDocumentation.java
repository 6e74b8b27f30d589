package cn.chainscout.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What /swagger-ui.html says about signing in: every endpoint needs a ChainScout account. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "ChainScout 链图招商 API", description = """
                Every /api endpoint needs a signed-in ChainScout account: HTTP Basic with your user name and \
                password (the Authorize button here; curl -u name:password), or the session of a browser signed \
                in to ChainScout. No account: 401; a role that may not use the endpoint: 403; too many failed \
                sign-ins: 429 with Retry-After. Roles per endpoint: docs/security.md."""),
        security = @SecurityRequirement(name = ApiDocumentation.BASIC))
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Your ChainScout user name and password (an account with a one-time password must change it first, on the sign-in page)")
class ApiDocumentation {

    static final String BASIC = "basicAuth";
}
