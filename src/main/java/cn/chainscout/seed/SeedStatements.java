package cn.chainscout.seed;

import java.util.Map;

/**
 * All Cypher the seed loader runs, in one place. Every statement takes {@code $rows} (the typed rows
 * of one file kind) and MERGEs on stable ids, so loading twice changes nothing.
 */
final class SeedStatements {

    static final String DISTRICT = """
            UNWIND $rows AS row
            MERGE (d:District {id: row.id})
            SET d.name = row.name, d.nameEn = row.name_en, d.city = row.city, d.province = row.province,
                d.source = row.source
            """;

    static final String PARKS = """
            UNWIND $rows AS row
            MERGE (p:Park {id: row.id})
            SET p.name = row.name, p.nameEn = row.name_en, p.kind = row.kind, p.source = row.source
            WITH p, row
            MATCH (d:District {id: row.district_id})
            MERGE (p)-[:IN]->(d)
            WITH p, row WHERE row.parent_id IS NOT NULL
            MATCH (parent:Park {id: row.parent_id})
            MERGE (p)-[:PART_OF]->(parent)
            """;

    static final String CHAINS = """
            UNWIND $rows AS row
            MERGE (c:Chain {id: row.id})
            SET c.name = row.name, c.nameEn = row.name_en, c.position = row.position, c.main = row.main,
                c.outputTargetYi = row.output_target_yi, c.source = row.source
            WITH c, row
            MATCH (d:District {id: row.district_id})
            MERGE (c)-[:IN]->(d)
            """;

    static final String SEGMENTS = """
            UNWIND $rows AS row
            MERGE (s:Segment {id: row.id})
            SET s.name = row.name, s.nameEn = row.name_en, s.stage = row.stage, s.key = coalesce(row.key, false),
                s.source = row.source
            WITH s, row
            MATCH (c:Chain {id: row.chain_id})
            MERGE (c)-[:HAS_SEGMENT]->(s)
            """;

    // after all segments exist: a parent may come later in the file than its child
    static final String SEGMENT_PARENTS = """
            UNWIND $rows AS row
            WITH row WHERE row.parent_id IS NOT NULL
            MATCH (s:Segment {id: row.id}), (parent:Segment {id: row.parent_id})
            MERGE (s)-[:PART_OF]->(parent)
            """;

    static final String FEEDS = """
            UNWIND $rows AS row
            MATCH (a:Segment {id: row.from_id}), (b:Segment {id: row.to_id})
            MERGE (a)-[f:FEEDS]->(b)
            SET f.source = row.source
            """;

    static final String POOLS = """
            UNWIND $rows AS row
            MERGE (p:Pool {id: row.id})
            SET p.name = row.name, p.nameEn = row.name_en, p.source = row.source
            """;

    static final String UNITS = """
            UNWIND $rows AS row
            MERGE (u:Unit {id: row.id})
            SET u.name = row.name, u.nameEn = row.name_en, u.source = row.source
            WITH u, row
            MATCH (d:District {id: row.district_id})
            MERGE (u)-[:IN]->(d)
            """;

    static final String RANKINGS = """
            UNWIND $rows AS row
            MERGE (r:Ranking {id: row.id})
            SET r.list = row.list, r.year = row.year, r.name = row.name, r.nameEn = row.name_en,
                r.publisher = row.publisher, r.revenueUnit = row.revenue_unit, r.complete = row.complete,
                r.source = row.source
            """;

    static final String TARGETS = """
            UNWIND $rows AS row
            MERGE (t:Target {id: row.id})
            SET t.group = row.group, t.name = row.name, t.nameEn = row.name_en, t.figure = row.figure,
                t.unit = row.unit, t.deadline = row.deadline, t.measure = row.measure, t.source = row.source
            """;

    // aliasText / listingText: full-text indexes take strings, not lists
    static final String COMPANIES = """
            UNWIND $rows AS row
            MERGE (c:Company {id: row.id})
            SET c.name = row.name, c.nameEn = row.name_en, c.aliases = row.aliases,
                c.aliasText = reduce(t = '', a IN row.aliases | t + ' ' + a),
                c.province = row.province, c.country = row.country, c.ownership = row.ownership,
                c.listing = row.listing, c.listingText = reduce(t = '', l IN row.listing | t + ' ' + l),
                c.source = row.source, c.city = row.city, c.plantProvinces = row.plant_provinces,
                c.revenueYi = row.revenue_yi, c.revenueYear = row.revenue_year, c.kind = row.kind
            """;

    // after all companies exist: a parent may be in a later file; a tie row for the same pair keeps its own source
    static final String COMPANY_PARENTS = """
            UNWIND $rows AS row
            WITH row WHERE row.parent_id IS NOT NULL
            MATCH (c:Company {id: row.id}), (p:Company {id: row.parent_id})
            MERGE (c)-[t:SUBSIDIARY_OF]->(p)
            SET t.source = coalesce(t.source, row.source), t.confidence = coalesce(t.confidence, 'reported')
            """;

    static final String RANKED = """
            UNWIND $rows AS row
            MATCH (c:Company {id: row.company_id}), (r:Ranking {id: row.ranking_id})
            MERGE (c)-[k:RANKED]->(r)
            SET k.rank = row.rank, k.revenue = row.revenue, k.source = row.source
            """;

    // since: the arrival's year (what pages show); sinceDate / until: YYYY, YYYY-MM or YYYY-MM-DD as given,
    // which compare as text with an as-of date (a bare year counts from its first day)
    static final String LOCATED_IN = """
            UNWIND $rows AS row
            MATCH (c:Company {id: row.company_id}), (p:Park {id: row.park_id})
            MERGE (c)-[l:LOCATED_IN]->(p)
            SET l.leading = coalesce(row.leading, false), l.tier = row.tier, l.since = row.since_year,
                l.sinceDate = row.since, l.sinceEvent = row.since_event, l.sizeYi = row.size_yi,
                l.sizeYear = row.size_year, l.sizeKind = row.size_kind, l.until = row.until,
                l.investYi = row.invest_yi, l.investYear = row.invest_year, l.source = row.source, l.confidence = row.confidence
            """;

    static final String OPERATES_IN = """
            UNWIND $rows AS row
            MATCH (c:Company {id: row.company_id}), (s:Segment {id: row.segment_id})
            MERGE (c)-[o:OPERATES_IN]->(s)
            SET o.main = coalesce(row.main, false), o.products = row.products, o.source = row.source,
                o.confidence = row.confidence, o.share = row.share, o.year = row.year, o.since = row.since
            """;

    // relationship types cannot be parameters: one statement per allowed type
    static final Map<String, String> TIES = Map.of(
            "SUPPLIES", tie("SUPPLIES"),
            "PARTNERS_WITH", tie("PARTNERS_WITH"),
            "INVESTS_IN", tie("INVESTS_IN"),
            "SUBSIDIARY_OF", tie("SUBSIDIARY_OF"));

    static final String POOL_MEMBERS = """
            UNWIND $rows AS row
            MATCH (c:Company {id: row.company_id}), (p:Pool {id: row.pool_id})
            MERGE (c)-[m:IN_POOL]->(p)
            SET m.source = row.source
            """;

    // one SeedState per location: a test fixture loaded beside graph-seed/ keeps its own checksum
    static final String SEED_STATE = "MATCH (s:SeedState {id: $location}) RETURN s.checksum AS checksum";

    static final String SAVE_SEED_STATE = """
            MERGE (s:SeedState {id: $location})
            SET s.checksum = $checksum, s.rows = $rows, s.loadedAt = datetime()
            """;

    private static String tie(String type) {
        return """
                UNWIND $rows AS row
                MATCH (a:Company {id: row.from_id}), (b:Company {id: row.to_id})
                MERGE (a)-[t:%s]->(b)
                SET t.products = row.products, t.share = row.share, t.since = row.since, t.until = row.until,
                    t.source = row.source, t.confidence = row.confidence
                """.formatted(type);
    }

    private SeedStatements() {
    }
}
