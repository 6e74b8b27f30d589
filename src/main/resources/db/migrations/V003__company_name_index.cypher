// V003: the importer looks a list row's name up directly (exact name) instead of loading every company.
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
