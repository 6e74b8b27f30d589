package cn.chainscout.synthetic;

/**
 * The generator's Cypher. Every node it writes has the label Synthetic as well as its usual label,
 * and every node and relationship a source naming the generator, so nothing generated can pass for
 * real data; {@link #DELETE} removes all of it.
 */
final class SyntheticQueries {

    static final String DISTRICT = """
            CREATE (d:District:Synthetic {id: $district, name: '合成区（生成数据）', nameEn: 'Synthetic district (generated)',
                    province: '湖南省', source: $source})
            WITH d
            UNWIND $parks AS park
            CREATE (p:Park:Synthetic {id: park.id, name: park.name, nameEn: park.name, source: $source})-[:IN {source: $source}]->(d)
            """;

    static final String CHAINS = """
            MATCH (d:District {id: $district})
            UNWIND $rows AS row
            CREATE (c:Chain:Synthetic {id: row.id, name: row.name, nameEn: row.name, position: row.position,
                    source: $source})-[:IN {source: $relSource}]->(d)
            """;

    static final String SEGMENTS = """
            UNWIND $rows AS row
            MATCH (c:Chain {id: row.chain})
            CREATE (c)-[:HAS_SEGMENT {source: $relSource}]->(:Segment:Synthetic {id: row.id, name: row.name, nameEn: row.name,
                    stage: row.stage, key: row.key, source: $source})
            """;

    static final String FEEDS = """
            UNWIND $rows AS row
            MATCH (a:Segment {id: row.from}), (b:Segment {id: row.to})
            CREATE (a)-[:FEEDS {source: $relSource}]->(b)
            """;

    static final String COMPANIES = """
            UNWIND $rows AS row
            CREATE (c:Company:Synthetic {id: row.id, name: row.name, nameEn: row.nameEn, aliases: [], aliasText: '',
                    listing: row.listing, listingText: row.listingText, province: row.province, country: '中国',
                    source: $source})
            RETURN elementId(c) AS eid
            """;

    static final String OPERATES_IN = """
            UNWIND $rows AS row
            MATCH (c) WHERE elementId(c) = row.company
            MATCH (s:Segment {id: row.segment})
            CREATE (c)-[:OPERATES_IN {main: row.main, products: [], source: $relSource}]->(s)
            """;

    static final String LOCATED_IN = """
            UNWIND $rows AS row
            MATCH (c) WHERE elementId(c) = row.company
            MATCH (p:Park {id: row.park})
            CREATE (c)-[:LOCATED_IN {leading: row.leading, tier: row.tier, source: $relSource}]->(p)
            """;

    // one statement per type: Cypher cannot take a relationship type as a parameter; companies are
    // found by their element ids (the generator keeps them), which needs no index
    static final String SUPPLIES = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.from
            MATCH (b) WHERE elementId(b) = row.to
            CREATE (a)-[:SUPPLIES {products: [], source: $relSource}]->(b)
            """;

    static final String INVESTS_IN = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.from
            MATCH (b) WHERE elementId(b) = row.to
            CREATE (a)-[:INVESTS_IN {source: $relSource}]->(b)
            """;

    static final String PARTNERS_WITH = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.from
            MATCH (b) WHERE elementId(b) = row.to
            CREATE (a)-[:PARTNERS_WITH {source: $relSource}]->(b)
            """;

    static final String RANKINGS = """
            UNWIND $rows AS row
            CREATE (:Ranking:Synthetic {id: row.id, list: row.list, year: 2099, name: row.name, nameEn: row.name,
                    complete: false, source: $source})
            """;

    static final String RANKED = """
            UNWIND $rows AS row
            MATCH (c) WHERE elementId(c) = row.company
            MATCH (r:Ranking {id: row.ranking})
            CREATE (c)-[:RANKED {rank: row.rank, source: $relSource}]->(r)
            """;

    static final String COUNT = "MATCH (n:Synthetic) RETURN count(n) AS n";

    static final String COMPANY_COUNT = "MATCH (n:Synthetic:Company) RETURN count(n) AS n";

    static final String DELETE = """
            MATCH (n:Synthetic)
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
            """;

    private SyntheticQueries() {
    }
}
