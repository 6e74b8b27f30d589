package cn.chainscout.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The accounts' Cypher. Every change bumps {@code version}: a change made from a stale page is refused. */
@Repository
class UserQueries {

    /** An account with its password hash: only for signing in. */
    record Credentials(UserAccount account, String passwordHash) {
    }

    private static final String FIELDS = """
            u.username AS username, u.roles AS roles, u.enabled AS enabled, u.mustChangePassword AS mustChange,
            u.createdAt AS createdAt, u.createdBy AS createdBy, u.version AS version, u.passwordHash AS hash
            """;

    private static final String FIND = "MATCH (u:User {username: $username}) RETURN " + FIELDS;

    private static final String LIST = "MATCH (u:User) RETURN " + FIELDS + " ORDER BY u.username";

    private static final String COUNT = "MATCH (u:User) RETURN count(u) AS n";

    private static final String CREATE = """
            CREATE (u:User {username: $username, passwordHash: $hash, roles: $roles, enabled: true,
                            mustChangePassword: $mustChange, createdAt: $now,
                            createdBy: $actor, version: 0})
            """;

    private static final String UPDATE = """
            MATCH (u:User {username: $username}) WHERE u.version = $version
            SET u.roles = $roles, u.enabled = $enabled, u.version = u.version + 1,
                u.updatedAt = $now, u.updatedBy = $actor
            RETURN count(u) AS n
            """;

    private static final String SET_PASSWORD = """
            MATCH (u:User {username: $username})
            SET u.passwordHash = $hash, u.mustChangePassword = $mustChange, u.version = u.version + 1,
                u.updatedAt = $now, u.updatedBy = $actor
            RETURN count(u) AS n
            """;

    private final Neo4jClient client;

    private final java.time.Clock clock;

    UserQueries(Neo4jClient client, java.time.Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** A stamp in the district's zone, as the accounts page shows it. */
    private java.time.ZonedDateTime now() {
        return java.time.ZonedDateTime.now(clock);
    }

    Optional<Credentials> find(String username) {
        return client.query(FIND).bind(username).to("username").fetchAs(Credentials.class)
                .mappedBy((t, r) -> new Credentials(account(r), r.get("hash").asString())).one();
    }

    List<UserAccount> list() {
        return List.copyOf(client.query(LIST).fetchAs(UserAccount.class).mappedBy((t, r) -> account(r)).all());
    }

    long count() {
        return client.query(COUNT).fetchAs(Long.class).mappedBy((t, r) -> r.get("n").asLong()).one().orElse(0L);
    }

    void create(String username, String hash, List<String> roles, boolean mustChange, String actor) {
        client.query(CREATE).bindAll(Map.of("username", username, "hash", hash, "roles", roles,
                "mustChange", mustChange, "actor", actor, "now", now())).run();
    }

    boolean update(String username, long version, List<String> roles, boolean enabled, String actor) {
        return client.query(UPDATE).bindAll(Map.of("username", username, "version", version, "roles", roles,
                "enabled", enabled, "actor", actor, "now", now())).fetchAs(Long.class).mappedBy((t, r) -> r.get("n").asLong()).one()
                .orElse(0L) == 1;
    }

    boolean setPassword(String username, String hash, boolean mustChange, String actor) {
        return client.query(SET_PASSWORD).bindAll(Map.of("username", username, "hash", hash, "mustChange", mustChange,
                "actor", actor, "now", now())).fetchAs(Long.class).mappedBy((t, r) -> r.get("n").asLong()).one().orElse(0L) == 1;
    }

    // ---- personal API tokens: only the SHA-256 of a token is stored, on the account it belongs to

    /** A token as its owner sees it in the list (never the token itself). */
    record TokenRow(String id, String name, java.time.ZonedDateTime createdAt, java.time.ZonedDateTime lastUsedAt) {
    }

    /** What a presented token signs in as: its roles and its account's state now. */
    record TokenOwner(String tokenId, String username, java.util.Set<String> tokenRoles, UserAccount account,
                      java.time.ZonedDateTime lastUsedAt) {
    }

    private static final String TOKEN_CREATE = """
            MATCH (u:User {username: $username})
            CREATE (u)-[:HAS_TOKEN]->(t:ApiToken {id: $id, name: $name, hash: $hash, roles: u.roles, createdAt: datetime()})
            RETURN t.id AS id
            """;
    private static final String TOKEN_LIST = """
            MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken)
            RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.lastUsedAt AS lastUsedAt ORDER BY t.createdAt DESC
            """;
    private static final String TOKEN_REVOKE = """
            MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken {id: $id})
            WITH t, t.name AS name DETACH DELETE t RETURN name
            """;
    private static final String TOKEN_FIND = "MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {hash: $hash}) RETURN t.id AS tokenId, "
            + "t.roles AS tokenRoles, t.lastUsedAt AS lastUsedAt, " + FIELDS.replace("u.passwordHash AS hash", "null AS hash");
    private static final String TOKEN_USED = "MATCH (t:ApiToken {id: $id}) SET t.lastUsedAt = datetime()";
    private static final String TOKEN_DROP = "MATCH (t:ApiToken {id: $id}) DETACH DELETE t";

    Optional<String> createToken(String username, String id, String name, String hash) {
        return client.query(TOKEN_CREATE).bindAll(Map.of("username", username, "id", id, "name", name, "hash", hash))
                .fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).one();
    }

    List<TokenRow> tokens(String username) {
        return List.copyOf(client.query(TOKEN_LIST).bind(username).to("username").fetchAs(TokenRow.class)
                .mappedBy((t, r) -> new TokenRow(r.get("id").asString(), r.get("name").asString(),
                        r.get("createdAt").asZonedDateTime(null), r.get("lastUsedAt").asZonedDateTime(null))).all());
    }

    Optional<String> revokeToken(String username, String id) {
        return client.query(TOKEN_REVOKE).bindAll(Map.of("username", username, "id", id)).fetchAs(String.class)
                .mappedBy((t, r) -> r.get("name").asString()).one();
    }

    Optional<TokenOwner> tokenOwner(String hash) {
        return client.query(TOKEN_FIND).bind(hash).to("hash").fetchAs(TokenOwner.class)
                .mappedBy((t, r) -> new TokenOwner(r.get("tokenId").asString(), r.get("username").asString(),
                        new HashSet<>(r.get("tokenRoles").asList(v -> v.asString())), account(r),
                        r.get("lastUsedAt").asZonedDateTime(null))).one();
    }

    void tokenUsed(String id) {
        client.query(TOKEN_USED).bind(id).to("id").run();
    }

    void dropToken(String id) {
        client.query(TOKEN_DROP).bind(id).to("id").run();
    }

    private static UserAccount account(MapAccessor r) {
        return new UserAccount(r.get("username").asString(), new HashSet<>(r.get("roles").asList(v -> v.asString())),
                r.get("enabled").asBoolean(), r.get("mustChange").asBoolean(false), r.get("createdAt").asZonedDateTime(null),
                r.get("createdBy").asString(""), r.get("version").asLong());
    }
}
