// ChainScout schema, applied idempotently at every start (IF NOT EXISTS).
// One uniqueness constraint on the id of every node kind.
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (n:Chain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (n:Segment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ranking_id IF NOT EXISTS FOR (n:Ranking) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pool_id IF NOT EXISTS FOR (n:Pool) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lead_id IF NOT EXISTS FOR (n:Lead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE;
// Company search: names, English names, aliases and stock codes; the cjk analyzer splits Chinese
// into bigrams so "比亚迪" finds "比亚迪电子". Full-text indexes take strings, hence the *Text copies.
CREATE FULLTEXT INDEX company_search IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.nameEn, n.aliasText, n.listingText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// importer: one node per import batch; facts an import writes carry its id in `batch`
CREATE CONSTRAINT import_batch_id IF NOT EXISTS FOR (n:ImportBatch) REQUIRE n.id IS UNIQUE;
CREATE INDEX company_batch IF NOT EXISTS FOR (n:Company) ON (n.batch);
CREATE INDEX ranked_batch IF NOT EXISTS FOR ()-[k:RANKED]-() ON (k.batch);
