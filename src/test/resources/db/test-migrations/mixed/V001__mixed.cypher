// test migrations: schema and data in one file, which Neo4j cannot run in one transaction
CREATE INDEX test_mixed IF NOT EXISTS FOR (n:Company) ON (n.nameKey);
MATCH (c:Company) SET c.nameKey = c.name;
