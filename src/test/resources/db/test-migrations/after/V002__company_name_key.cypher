// test migrations: a data change a later version brings, which a restored older backup must get too
MATCH (c:Company) WHERE c.nameKey IS NULL SET c.nameKey = toLower(c.name);
