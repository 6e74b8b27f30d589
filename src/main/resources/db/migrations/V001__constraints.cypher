// V001: the uniqueness constraints (the schema of db/schema.cypher before versioned migrations).
// IF NOT EXISTS: a graph that already had them (created before migrations were recorded) just records V001.
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
// Pipeline and projects (issue 6): responsible units; one open lead per target and reason
// (openKey is removed when a lead is dropped, so it can be proposed again).
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lead_open_key IF NOT EXISTS FOR (n:Lead) REQUIRE n.openKey IS UNIQUE;
CREATE CONSTRAINT target_snapshot_id IF NOT EXISTS FOR (n:TargetSnapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_value_id IF NOT EXISTS FOR (n:TargetValue) REQUIRE n.id IS UNIQUE;
// importer: one node per import batch
CREATE CONSTRAINT import_batch_id IF NOT EXISTS FOR (n:ImportBatch) REQUIRE n.id IS UNIQUE;
// Accounts (issue 8): one account per user name; audit entries by id.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
// API tokens (issue 17): a token is found by the hash of what the program sends
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
