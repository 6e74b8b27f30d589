package cn.chainscout.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.chainscout.ChainScoutTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /v3/api-docs as a client generator reads it: valid for the swagger parser, versioned, both schemes, every error documented. */
@ChainScoutTest
class OpenApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void theApiDescriptionIsValidAndDocumentsSignInAndEveryError() throws Exception {
        String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).as("the parser's complaints").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getInfo().getVersion()).isNotBlank();
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("apiToken", "basicAuth");
        assertThat(api.getComponents().getSecuritySchemes().get("apiToken").getScheme()).isEqualTo("bearer");
        assertThat(api.getComponents().getSchemas()).containsKey("ApiProblem");
        int operations = 0;
        for (var path : api.getPaths().entrySet()) {
            for (var operation : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                String name = operation.getKey() + " " + path.getKey();
                var responses = operation.getValue().getResponses();
                assertThat(responses.keySet()).as(name).contains("400", "401", "403", "404", "429");
                responses.entrySet().stream().filter(r -> r.getKey().startsWith("4")).forEach(r ->
                        assertThat(r.getValue().getContent().get("application/problem+json").getSchema().get$ref()).as(name + " " + r.getKey())
                                .endsWith("ApiProblem"));
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(13);
        assertThat(api.getPaths().get("/api/import").getPost().getResponses()).containsKeys("409", "413");
    }
}
