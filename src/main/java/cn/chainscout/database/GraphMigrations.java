package cn.chainscout.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Numbered graph migrations: {@code db/migrations/V001__constraints.cypher}, {@code V002__…}, applied in
 * version order, each recorded as a {@code (:__Migration {version, description, checksum, appliedAt})} node, so
 * the next start applies only what is new. A migration is either schema (constraints, indexes: each statement on
 * its own, as Neo4j requires) or data (all its statements and its record in one transaction). Statements end
 * with {@code ;}; lines starting with {@code //} are comments. An applied migration whose file changed, or a
 * recorded one this version does not know, stops everything with one line. Plain class: runs without Spring too.
 */
public final class GraphMigrations {

    public static final String LABEL = MigrationStatements.LABEL;
    public static final String DEFAULT_LOCATION = "db/migrations";

    private static final Pattern FILE = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");
    private static final Pattern SCHEMA_STATEMENT = Pattern.compile(
            "(?is)^(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\\s+)?(CONSTRAINT|INDEX)\\b.*");

    // the runner's own bookkeeping, before any migration: two instances starting at once record a version once
    private static final String VERSION_UNIQUE =
            "CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE";

    /** One migration file as read from the classpath. */
    public record Migration(String version, String description, String file, String checksum, List<String> statements,
                            boolean schema) {
    }

    /** What the graph records as applied. */
    public record Applied(String version, String description, String checksum) {
    }

    private final Driver driver;
    private final String location;

    public GraphMigrations(Driver driver) {
        this(driver, DEFAULT_LOCATION);
    }

    /** @param location a classpath folder holding V###__description.cypher files */
    public GraphMigrations(Driver driver, String location) {
        this.driver = driver;
        this.location = location;
    }

    /** Applies, in order, every migration the graph has not recorded. @return the versions applied now */
    public List<String> apply() {
        List<Migration> migrations = migrations();
        try (var session = driver.session()) {
            session.run(VERSION_UNIQUE).consume();
        }
        Map<String, Applied> recorded = recorded();
        check(recorded.values(), migrations);
        List<String> applied = new ArrayList<>();
        for (Migration m : migrations) {
            if (!recorded.containsKey(m.version()) && run(m)) {
                applied.add(m.version());
            }
        }
        return applied;
    }

    /** The migrations of this version, in order. */
    public List<Migration> migrations() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(GraphMigrations.class.getClassLoader())
                    .getResources("classpath*:" + location + "/V*.cypher");
            Map<String, Migration> byVersion = new LinkedHashMap<>();
            for (Resource file : files) {
                Migration m = read(file);
                Migration twin = byVersion.put(m.version(), m);
                if (twin != null) {
                    throw new MigrationException(m.file(), "version " + m.version() + " is also " + twin.file());
                }
            }
            return byVersion.values().stream().sorted(Comparator.comparingInt(m -> Integer.parseInt(m.version().substring(1))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the graph records as applied, by version. */
    public Map<String, Applied> recorded() {
        try (var session = driver.session()) {
            Map<String, Applied> recorded = new LinkedHashMap<>();
            session.run(MigrationStatements.RECORDED).forEachRemaining(r -> recorded.put(r.get("version").asString(),
                    new Applied(r.get("version").asString(), r.get("description").asString(""), r.get("checksum").asString(""))));
            return recorded;
        }
    }

    /**
     * Refuses records this version cannot continue from: a recorded migration whose file changed since, or one
     * it does not know (the graph was migrated by a newer version).
     */
    public void check(Iterable<Applied> recorded) {
        check(recorded, migrations());
    }

    private static void check(Iterable<Applied> recorded, List<Migration> migrations) {
        Map<String, Migration> known = new LinkedHashMap<>();
        migrations.forEach(m -> known.put(m.version(), m));
        for (Applied a : recorded) {
            Migration m = known.get(a.version());
            if (m == null) {
                throw new MigrationException(a.version() + "__" + a.description().replace(' ', '_') + ".cypher",
                        "recorded as applied in the graph but unknown to this version of ChainScout (the graph was "
                                + "migrated by a newer version): run that version, or restore a backup taken before it");
            }
            if (!m.checksum().equals(a.checksum())) {
                throw new MigrationException(m.file(), "changed after it was applied (checksum recorded " + shortSum(a.checksum())
                        + ", file " + shortSum(m.checksum()) + "): an applied migration is never edited; undo the edit "
                        + "and put the change in a new migration");
            }
        }
    }

    /** @return false if another instance applied it meanwhile */
    private boolean run(Migration m) {
        // source: the file it came from, as every node of the graph says where it came from
        Map<String, Object> record = Map.of("version", m.version(), "description", m.description(), "checksum", m.checksum(),
                "source", location + "/" + m.file());
        try (var session = driver.session()) {
            if (m.schema()) {
                for (String statement : m.statements()) {
                    session.run(statement).consume();
                }
                session.run(MigrationStatements.AWAIT_INDEXES).consume();
                session.run(MigrationStatements.RECORD_SCHEMA, record).consume();
                return true;
            }
            session.executeWriteWithoutResult(tx -> {
                tx.run(MigrationStatements.RECORD_DATA, record).consume();
                for (String statement : m.statements()) {
                    tx.run(statement).consume();
                }
            });
            return true;
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code()) && recorded().containsKey(m.version())) {
                check(List.of(recorded().get(m.version())), List.of(m));
                return false;
            }
            throw new MigrationException(m.file(), "failed, nothing of it was recorded (" + e.getMessage() + ")", e);
        }
    }

    private static Migration read(Resource file) throws IOException {
        String name = file.getFilename();
        Matcher matcher = FILE.matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            throw new MigrationException(String.valueOf(name), "a migration file is named V<number>__<description>.cypher");
        }
        String version = "V" + matcher.group(1);
        String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        String withoutComments = text.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
        List<String> statements = Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        long schema = statements.stream().filter(s -> SCHEMA_STATEMENT.matcher(s).matches()).count();
        if (schema != 0 && schema != statements.size()) {
            throw new MigrationException(name, "mixes schema and data statements, which Neo4j runs in separate "
                    + "transactions: split it into two migrations");
        }
        return new Migration(version, matcher.group(2).replace('_', ' '), name, sha256(text), statements,
                !statements.isEmpty() && schema == statements.size());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortSum(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
