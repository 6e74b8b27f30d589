// V002: the lookup indexes and the company full-text index (the rest of db/schema.cypher before migrations).
// Company search: names, English names, aliases and stock codes; the cjk analyzer splits Chinese
// into bigrams so "比亚迪" finds "比亚迪电子". Full-text indexes take strings, hence the *Text copies.
CREATE FULLTEXT INDEX company_search IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.nameEn, n.aliasText, n.listingText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// pipeline and projects by stage, history by time
CREATE INDEX lead_stage IF NOT EXISTS FOR (n:Lead) ON (n.stage);
CREATE INDEX lead_event_at IF NOT EXISTS FOR (n:LeadEvent) ON (n.at);
CREATE INDEX project_stage IF NOT EXISTS FOR (n:Project) ON (n.stage);
// importer: facts an import writes carry its id in `batch` (a rollback finds them)
CREATE INDEX company_batch IF NOT EXISTS FOR (n:Company) ON (n.batch);
CREATE INDEX ranked_batch IF NOT EXISTS FOR ()-[k:RANKED]-() ON (k.batch);
// audit entries are searched by time
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
