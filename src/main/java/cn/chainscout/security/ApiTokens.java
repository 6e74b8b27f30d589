package cn.chainscout.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens for programs: {@code Authorization: Bearer <token>} signs in without a password (and
 * without bcrypt's ~80 ms per call). A token is shown once; only its SHA-256 is stored (a token is 32 random
 * bytes, so a fast hash is enough: there is nothing to guess). A token carries the roles its account had
 * when it was made, never more than the account has now, and dies when the account is disabled, gets a
 * one-time password, or loses one of those roles.
 */
@Service
public class ApiTokens {

    /** Tokens start with this, so a leaked one is recognisable (e.g. by secret scanners). */
    public static final String PREFIX = "cst_";
    public static final int MAX_NAME = 60;
    public static final int MAX_PER_ACCOUNT = 20;
    /** Last use is written at most this often per token: a busy client does not turn every read into a write. */
    private static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    /** A token just made: {@code token} is shown this once. */
    public record NewToken(String id, String name, String token, ZonedDateTime createdAt) {
    }

    /** A token in its owner's list. */
    public record Token(String id, String name, ZonedDateTime createdAt, ZonedDateTime lastUsedAt) {
    }

    private final UserQueries queries;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final SecureRandom random = new SecureRandom();

    private final java.time.Clock clock;

    ApiTokens(UserQueries queries, AuditTrail audit, CurrentUser currentUser, PlatformTransactionManager transactionManager,
              java.time.Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The signed-in account's tokens, newest first. */
    @Roles.Read
    public List<Token> mine() {
        return queries.tokens(currentUser.name()).stream()
                .map(t -> new Token(t.id(), t.name(), t.createdAt(), t.lastUsedAt())).toList();
    }

    /** A new token of the signed-in account, with that account's roles. Any role may make its own. */
    @Roles.Read
    public NewToken create(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException("name", "security.token.badName", MAX_NAME);
        }
        String username = currentUser.name();
        if (queries.tokens(username).size() >= MAX_PER_ACCOUNT) {
            throw new AccountException("name", "security.token.tooMany", MAX_PER_ACCOUNT);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        // the token and its audit entry commit together (a programmatic transaction: any reader may make one)
        transactions.executeWithoutResult(s -> {
            queries.createToken(username, id, clean, hash(token)).orElseThrow(() -> new AccountException("name", "security.token.noAccount"));
            audit.record("token.create", "ApiToken", id, "", "name=" + clean);
        });
        return new NewToken(id, clean, token, ZonedDateTime.now(clock));
    }

    /** Revokes one of the signed-in account's tokens; false when it has no such token. */
    @Roles.Read
    public boolean revoke(String id) {
        String username = currentUser.name();
        Boolean done = transactions.execute(s -> {
            Optional<String> name = queries.revokeToken(username, id == null ? "" : id);
            name.ifPresent(n -> audit.record("token.revoke", "ApiToken", id, "name=" + n, ""));
            return name.isPresent();
        });
        return Boolean.TRUE.equals(done);
    }

    /**
     * The account a presented token signs in as, with the token's roles; empty for an unknown token and for
     * one whose account is disabled, has a one-time password, or lacks one of the token's roles now (such
     * a token is deleted: it dies with the account's rights).
     */
    Optional<UserQueries.TokenOwner> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<UserQueries.TokenOwner> found = queries.tokenOwner(hash(token));
        if (found.isEmpty()) {
            return found;
        }
        UserQueries.TokenOwner owner = found.get();
        UserAccount account = owner.account();
        if (!account.enabled() || account.mustChangePassword() || !account.roles().containsAll(owner.tokenRoles())) {
            queries.dropToken(owner.tokenId());
            return Optional.empty();
        }
        if (owner.lastUsedAt() == null || owner.lastUsedAt().isBefore(ZonedDateTime.now(clock).minus(LAST_USE_STEP))) {
            queries.tokenUsed(owner.tokenId());
        }
        return found;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
