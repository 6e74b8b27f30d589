package cn.chainscout.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.security.AccountException;
import cn.chainscout.security.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    private static final TranslationProvider TEXTS = new TranslationProvider();

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
    ApiTokens.NewToken create(@RequestBody Map<String, String> body) {
        return tokens.create(body.get("name"));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens: it stops working at once")
    void revoke(@PathVariable String id) {
        if (!tokens.revoke(id)) {
            throw new NotFoundException("API token of yours", id);
        }
    }

    @ExceptionHandler(AccountException.class)
    ResponseEntity<ApiError> refused(AccountException e, Locale requested) {
        Locale locale = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request",
                TEXTS.getTranslation(e.key(), locale, e.arguments()), e.field()));
    }
}
