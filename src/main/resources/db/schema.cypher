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
// Pipeline and projects (issue 6): responsible units; one open lead per target and reason
// (openKey is removed when a lead is dropped, so it can be proposed again); history by time.
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lead_open_key IF NOT EXISTS FOR (n:Lead) REQUIRE n.openKey IS UNIQUE;
CREATE INDEX lead_stage IF NOT EXISTS FOR (n:Lead) ON (n.stage);
CREATE INDEX lead_event_at IF NOT EXISTS FOR (n:LeadEvent) ON (n.at);
CREATE INDEX project_stage IF NOT EXISTS FOR (n:Project) ON (n.stage);
CREATE CONSTRAINT target_snapshot_id IF NOT EXISTS FOR (n:TargetSnapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_value_id IF NOT EXISTS FOR (n:TargetValue) REQUIRE n.id IS UNIQUE;
// importer: one node per import batch; facts an import writes carry its id in `batch`
CREATE CONSTRAINT import_batch_id IF NOT EXISTS FOR (n:ImportBatch) REQUIRE n.id IS UNIQUE;
CREATE INDEX company_batch IF NOT EXISTS FOR (n:Company) ON (n.batch);
// Accounts (issue 8): one account per user name; audit entries by id and searched by time.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE INDEX ranked_batch IF NOT EXISTS FOR ()-[k:RANKED]-() ON (k.batch);
// API tokens (issue 17): a token is found by the hash of what the program sends
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
