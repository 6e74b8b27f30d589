// test migrations: the graph as a version before V002 knew it
CREATE CONSTRAINT test_company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
