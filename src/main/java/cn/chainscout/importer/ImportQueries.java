package cn.chainscout.importer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The importer's Cypher, in one place. Writes run inside the service's one transaction. */
@Repository
class ImportQueries {

    // the companies a list's rows may name: exact names (the company_name index), then per search text the
    // best full-text hits (company_search: names, English names, aliases), never every company
    private static final String CANDIDATES = """
            UNWIND $names AS name
            MATCH (c:Company {name: name})
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, coalesce(c.aliases, []) AS aliases
            UNION
            UNWIND $texts AS text
            CALL db.index.fulltext.queryNodes('company_search', text, {limit: $limit}) YIELD node AS c
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, coalesce(c.aliases, []) AS aliases
            """;

    private static final String COMPANIES_BY_ID = """
            MATCH (c:Company) WHERE c.id IN $ids
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, coalesce(c.aliases, []) AS aliases
            """;

    // every id a new company's id could collide with: those starting with one of its bases (the id index)
    private static final String IDS_STARTING_WITH = """
            UNWIND $prefixes AS prefix
            MATCH (c:Company) WHERE c.id STARTS WITH prefix
            RETURN DISTINCT c.id AS id
            """;

    // Lucene's query syntax: these characters are operators unless escaped
    private static final java.util.regex.Pattern LUCENE_SPECIAL = java.util.regex.Pattern.compile("([+\\-!():^\\[\\]\"{}~*?|&/\\\\])");

    private static final String LISTS = """
            MATCH (r:Ranking)
            WITH r ORDER BY r.year DESC
            WITH r.list AS list, collect(r) AS years
            RETURN list, years[0].name AS name, years[0].nameEn AS nameEn, years[0].publisher AS publisher,
                   years[0].revenueUnit AS revenueUnit, [y IN years | y.year] AS years
            ORDER BY list
            """;

    private static final String RANKING_EXISTS = "MATCH (r:Ranking {id: $id}) RETURN count(r) AS n";

    private static final String RANKED_IN = """
            MATCH (c:Company)-[k:RANKED]->(:Ranking {id: $id})
            RETURN c.id AS id, c.name AS name, k.rank AS rank, k.revenue AS revenue, k.source AS source
            """;

    private static final String CREATE_BATCH = """
            CREATE (b:ImportBatch {id: $id, list: $list, year: $year, rankingId: $rankingId, files: $files,
                                   source: $source, who: $who, at: datetime(), rows: $rows, ranked: $ranked,
                                   created: $created, aliases: $aliases, status: 'ACTIVE',
                                   aliasCompanies: $aliasCompanies, aliasNames: $aliasNames, aliasBare: $aliasBare})
            """;

    // a new list-year looks like a seeded one (same properties), plus the batch that made it
    private static final String CREATE_RANKING = """
            CREATE (r:Ranking {id: $id, list: $list, year: $year, name: $name, publisher: $publisher,
                               revenueUnit: $revenueUnit, complete: $complete, source: $source, batch: $batch})
            SET r.nameEn = $nameEn
            """;

    private static final String CREATE_COMPANIES = """
            UNWIND $rows AS row
            CREATE (c:Company {id: row.id, name: row.name, source: row.source, batch: $batch})
            SET c.nameEn = row.nameEn, c.province = row.province, c.country = row.country, c.industry = row.industry
            """;

    private static final String CREATE_RANKED = """
            UNWIND $rows AS row
            MATCH (c:Company {id: row.companyId}), (r:Ranking {id: $rankingId})
            CREATE (c)-[k:RANKED {rank: row.rank, source: row.source, batch: $batch}]->(r)
            SET k.revenue = row.revenue
            """;

    // aliasText mirrors the seed's: the full-text index reads it
    private static final String ADD_ALIASES = """
            UNWIND $rows AS row
            MATCH (c:Company {id: row.companyId})
            WITH c, row WHERE NOT row.alias IN coalesce(c.aliases, [])
            SET c.aliases = coalesce(c.aliases, []) + row.alias
            SET c.aliasText = reduce(t = '', a IN c.aliases | t + ' ' + a)
            """;

    private static final String BATCHES = """
            MATCH (b:ImportBatch)
            RETURN b {.id, .list, .year, .rankingId, .files, .who, .at, .rows, .ranked, .created, .aliases, .status,
                      .rolledBackBy, .rolledBackAt} AS b
            ORDER BY b.at DESC
            LIMIT 200
            """;

    private static final String BATCH = """
            MATCH (b:ImportBatch {id: $id})
            RETURN b.status AS status, b.aliasCompanies AS aliasCompanies, b.aliasNames AS aliasNames,
                   coalesce(b.aliasBare, []) AS aliasBare
            """;

    // what a rollback would cut: facts others wrote onto the batch's own companies and list-year
    private static final String ROLLBACK_BLOCKERS = """
            CALL () {
              MATCH (c:Company {batch: $batch})-[x]-(o)
              WHERE NOT (type(x) = 'RANKED' AND x.batch = $batch)
              RETURN c.name AS what, type(x) AS type, coalesce(x.batch, x.source, o.id) AS by
              UNION
              MATCH (r:Ranking {batch: $batch})<-[x]-(o)
              WHERE coalesce(x.batch, '') <> $batch
              RETURN r.id AS what, type(x) AS type, coalesce(x.batch, x.source, o.id) AS by
            }
            RETURN what, type, by LIMIT 5
            """;

    private static final String DELETE_RANKED = "MATCH ()-[k:RANKED {batch: $batch}]->() DELETE k";

    // back to what the company held before: no property at all (row.bare), else the list and text without the alias
    private static final String REMOVE_ALIAS = """
            UNWIND $rows AS row
            MATCH (c:Company {id: row.companyId})
            WITH c, row, [a IN coalesce(c.aliases, []) WHERE a <> row.alias] AS kept
            SET c.aliases = CASE WHEN size(kept) = 0 AND row.bare THEN null ELSE kept END,
                c.aliasText = CASE WHEN size(kept) = 0 AND row.bare THEN null ELSE reduce(t = '', a IN kept | t + ' ' + a) END
            """;

    private static final String WITHOUT_ALIASES = "MATCH (c:Company) WHERE c.id IN $ids AND c.aliases IS NULL RETURN c.id AS id";

    private static final String DELETE_COMPANIES = "MATCH (c:Company {batch: $batch}) DELETE c";
    private static final String DELETE_RANKING = "MATCH (r:Ranking {batch: $batch}) DELETE r";

    private static final String MARK_ROLLED_BACK = """
            MATCH (b:ImportBatch {id: $batch})
            SET b.status = 'ROLLED_BACK', b.rolledBackBy = $who, b.rolledBackAt = datetime()
            """;

    private final Neo4jClient client;

    ImportQueries(Neo4jClient client) {
        this.client = client;
    }

    /**
     * The companies these names could match, found through the indexes.
     *
     * @param names exact names to look up
     * @param texts texts to search the full-text index with (escaped here)
     * @param limit full-text hits kept per text
     */
    List<CompanyMatcher.Candidate> candidates(Collection<String> names, Collection<String> texts, int limit) {
        List<String> queries = texts.stream().map(ImportQueries::luceneQuery).filter(q -> !q.isBlank()).distinct().toList();
        return client.query(CANDIDATES).bindAll(Map.of("names", List.copyOf(names), "texts", queries, "limit", limit))
                .fetchAs(CompanyMatcher.Candidate.class).mappedBy((t, r) -> candidate(r)).all().stream().toList();
    }

    List<CompanyMatcher.Candidate> companies(Collection<String> ids) {
        return client.query(COMPANIES_BY_ID).bind(List.copyOf(ids)).to("ids").fetchAs(CompanyMatcher.Candidate.class)
                .mappedBy((t, r) -> candidate(r)).all().stream().toList();
    }

    java.util.Set<String> idsStartingWith(Collection<String> prefixes) {
        return java.util.Set.copyOf(client.query(IDS_STARTING_WITH).bind(List.copyOf(prefixes)).to("prefixes")
                .fetchAs(String.class).all());
    }

    private static CompanyMatcher.Candidate candidate(org.neo4j.driver.Record r) {
        return new CompanyMatcher.Candidate(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                r.get("aliases").asList(v -> v.asString()));
    }

    /** A name as a full-text query: its words, with Lucene's operators taken literally (AND, OR, NOT as words too). */
    static String luceneQuery(String text) {
        return LUCENE_SPECIAL.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("\\\\$1").strip();
    }

    List<RankingList> lists() {
        return client.query(LISTS).fetchAs(RankingList.class).mappedBy((t, r) -> new RankingList(r.get("list").asString(),
                r.get("name").asString(), r.get("nameEn").asString(null), r.get("publisher").asString(null),
                r.get("revenueUnit").asString(), r.get("years").asList(v -> v.asLong()))).all().stream().toList();
    }

    boolean rankingExists(String id) {
        return client.query(RANKING_EXISTS).bind(id).to("id").fetchAs(Long.class).one().orElse(0L) > 0;
    }

    /** An existing fact of a list-year: who holds which rank. */
    record Existing(String companyId, String name, long rank, Double revenue, String source) {
    }

    Map<String, Existing> rankedIn(String rankingId) {
        return client.query(RANKED_IN).bind(rankingId).to("id").fetchAs(Existing.class).mappedBy((t, r) -> new Existing(
                r.get("id").asString(), r.get("name").asString(), r.get("rank").asLong(),
                r.get("revenue").isNull() ? null : r.get("revenue").asDouble(), r.get("source").asString(null)))
                .all().stream().collect(java.util.stream.Collectors.toMap(Existing::companyId, e -> e));
    }

    void createBatch(Map<String, Object> batch) {
        client.query(CREATE_BATCH).bindAll(batch).run();
    }

    void createRanking(Map<String, Object> ranking) {
        client.query(CREATE_RANKING).bindAll(ranking).run();
    }

    void createCompanies(String batch, List<Map<String, Object>> rows) {
        client.query(CREATE_COMPANIES).bindAll(Map.of("batch", batch, "rows", rows)).run();
    }

    void createRanked(String batch, String rankingId, List<Map<String, Object>> rows) {
        client.query(CREATE_RANKED).bindAll(Map.of("batch", batch, "rankingId", rankingId, "rows", rows)).run();
    }

    /** Of these companies, those with no aliases property (not even an empty list). */
    java.util.Set<String> withoutAliases(Collection<?> ids) {
        return java.util.Set.copyOf(client.query(WITHOUT_ALIASES).bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
    }

    void addAliases(List<Map<String, Object>> rows) {
        client.query(ADD_ALIASES).bind(rows).to("rows").run();
    }

    List<ImportBatch> batches() {
        return client.query(BATCHES).fetchAs(ImportBatch.class).mappedBy((t, r) -> {
            var b = r.get("b");
            return new ImportBatch(b.get("id").asString(), b.get("list").asString(), b.get("year").asLong(),
                    b.get("rankingId").asString(), b.get("files").asList(v -> v.asString()), b.get("who").asString(null),
                    b.get("at").asZonedDateTime(), b.get("rows").asLong(), b.get("ranked").asLong(), b.get("created").asLong(),
                    b.get("aliases").asLong(), b.get("status").asString(), b.get("rolledBackBy").asString(null),
                    b.get("rolledBackAt").isNull() ? null : b.get("rolledBackAt").asZonedDateTime());
        }).all().stream().toList();
    }

    /**
     * The batch's status and the aliases it added (parallel lists), or null for an unknown id.
     *
     * @param aliasBare the companies of {@code aliasCompanies} that had no aliases property before the batch
     */
    record BatchState(String status, List<String> aliasCompanies, List<String> aliasNames, List<String> aliasBare) {
    }

    BatchState batch(String id) {
        return client.query(BATCH).bind(id).to("id").fetchAs(BatchState.class).mappedBy((t, r) -> new BatchState(
                r.get("status").asString(), r.get("aliasCompanies").asList(v -> v.asString()),
                r.get("aliasNames").asList(v -> v.asString()), r.get("aliasBare").asList(v -> v.asString()))).one().orElse(null);
    }

    /** Up to five facts that would be cut: "what", "type", "by". */
    Collection<Map<String, Object>> rollbackBlockers(String batch) {
        return client.query(ROLLBACK_BLOCKERS).bind(batch).to("batch").fetch().all();
    }

    void rollback(String batch, List<Map<String, Object>> aliases, String who) {
        client.query(DELETE_RANKED).bind(batch).to("batch").run();
        if (!aliases.isEmpty()) {
            client.query(REMOVE_ALIAS).bind(aliases).to("rows").run();
        }
        client.query(DELETE_COMPANIES).bind(batch).to("batch").run();
        client.query(DELETE_RANKING).bind(batch).to("batch").run();
        client.query(MARK_ROLLED_BACK).bindAll(Map.of("batch", batch, "who", who)).run();
    }

}
