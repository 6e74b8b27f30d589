// Labels, relationship types and property keys the app's own queries name (*Queries classes), created
// as names only (no node, no relationship): a young graph holds no pipeline, trend, account or import yet,
// and Neo4j would warn that they "do not exist" at each read (issue 18, item 6). Idempotent; applied after
// the numbered migrations (db/migrations/) at every start. A new query naming a new one adds it here (QuietCypherTest fails otherwise).
UNWIND [
  'ApiToken', 'AuditEntry', 'BacktestRun', 'Chain', 'Company', 'District', 'ImportBatch', 'Lead',
  'LeadEvent', 'Park', 'Pool', 'Project', 'Ranking', 'SeedState', 'Segment', 'Target', 'TargetSnapshot',
  'TargetValue', 'Unit', 'User'
] AS label
CALL db.createLabel(label);
UNWIND [
  'FEEDS', 'FILLS', 'FROM', 'HAS_EVENT', 'HAS_SEGMENT', 'HAS_SNAPSHOT', 'HAS_TOKEN', 'HAS_VALUE', 'IN',
  'INVESTS_IN', 'IN_CHAIN', 'LOCATED_IN', 'OPERATES_IN', 'PARTNERS_WITH', 'PART_OF', 'RANKED',
  'SUBSIDIARY_OF', 'SUPPLIES', 'TARGETS', 'VIA'
] AS type
CALL db.createRelationshipType(type);
UNWIND [
  'action', 'actor', 'after', 'aliasBare', 'aliasCompanies', 'aliasNames', 'aliasText', 'aliases',
  'annualOutputYi', 'annualTaxWan', 'asOf', 'at', 'batch', 'before', 'city', 'complete', 'confidence',
  'country', 'created', 'createdAt', 'createdBy', 'deadline', 'enabled', 'enteredAt', 'enteredBy',
  'entityId', 'entityKind', 'field', 'figure', 'files', 'from', 'group', 'hash', 'id', 'industry',
  'investmentYi', 'json', 'key', 'kind', 'landMu', 'lastUsedAt', 'leading', 'list', 'listing', 'listingText',
  'lockedBy', 'main', 'measure', 'minYi', 'mustChangePassword', 'name', 'nameEn', 'nextStepDate', 'on',
  'openKey', 'outputTargetYi', 'owner', 'passwordHash', 'plantProvinces', 'points', 'position',
  'producingOn', 'products', 'province', 'publisher', 'rank', 'ranked', 'rankingId', 'reason', 'reasonKey',
  'revenue', 'revenueUnit', 'revenueYear', 'revenueYi', 'roles', 'rolledBackAt', 'rolledBackBy', 'rows',
  'score', 'share', 'signedOn', 'since', 'sizeKind', 'sizeYear', 'sizeYi', 'source', 'stage', 'startedOn',
  'status', 'tier', 'to', 'unit', 'until', 'updatedAt', 'updatedBy', 'username', 'value', 'version', 'who',
  'year'
] AS property
CALL db.createProperty(property);
