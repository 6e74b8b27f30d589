package cn.chainscout.api;

import java.util.List;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.security.ApiTokens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's personal API tokens: list, create (the token shown once), revoke. */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "tokens", description = "Personal API tokens: Authorization: Bearer <token> instead of a password")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Your tokens, newest first (name, created, last used; never the token itself)")
    List<ApiTokens.Token> mine() {
        return tokens.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token with your account's roles; the response holds the token, shown this once")
    ApiTokens.NewToken create(@Valid @RequestBody NewTokenRequest body) {
        return tokens.create(body.name());
    }

    /** What a client sends to make a token: its name (the rest is refused by {@link ApiTokens#create}). */
    record NewTokenRequest(@Size(max = ApiTokens.MAX_NAME, message = "api.error.tooLong") String name) {
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens: it stops working at once")
    void revoke(@PathVariable String id) {
        if (!tokens.revoke(id)) {
            throw new NotFoundException("API token of yours", id);
        }
    }
}
