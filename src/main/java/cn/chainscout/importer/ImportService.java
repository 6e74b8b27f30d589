package cn.chainscout.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The importer's public face: read files → find the list table → map columns → match companies →
 * commit one batch in one transaction → roll a batch back. Every step before the commit only reads.
 */
@Service
@Roles.Admin
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** A decision for an uncertain or unmatched row: create a new company instead of matching one. */
    public static final String NEW_COMPANY = "";

    /** Told after each chunk of rows is written, inside the one transaction. */
    @FunctionalInterface
    public interface Progress {
        void rows(int done, int total);
    }

    private final ImportQueries queries;
    private final ImportProperties properties;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    private final java.time.Clock clock;

    ImportService(ImportQueries queries, ImportProperties properties, CurrentUser currentUser, AuditTrail audit,
            PlatformTransactionManager transactionManager, java.time.Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.audit = audit;
        this.properties = properties;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    public ImportProperties properties() {
        return properties;
    }

    /** The lists an import can add a year to: those the graph already has. */
    public List<RankingList> lists() {
        return reads.execute(s -> queries.lists());
    }

    /**
     * Reads every table of every file and proposes the table most like a ranking (of the first file)
     * and its column mapping. Refuses a file with no ranking-like table.
     */
    public Analysis analyse(List<SourceFile> files) {
        if (files.isEmpty()) {
            throw new ImportException("noFiles");
        }
        TableReader reader = new TableReader(properties.maxFileSize().toBytes(), properties.bounds());
        List<SourceTable> tables = new ArrayList<>();
        for (SourceFile file : files) {
            List<SourceTable> found = reader.read(file);
            if (found.stream().noneMatch(SourceTable::looksLikeRanking)) {
                // a table with list columns but no name (or no rank) is a list missing it: say which column
                for (SourceTable t : found) {
                    boolean rank = HeaderWords.find(t.header(), Field.RANK) >= 0;
                    boolean name = HeaderWords.find(t.header(), Field.NAME) >= 0;
                    boolean revenue = HeaderWords.find(t.header(), Field.REVENUE) >= 0;
                    boolean other = revenue || HeaderWords.find(t.header(), Field.REGION) >= 0
                            || HeaderWords.find(t.header(), Field.INDUSTRY) >= 0;
                    if (rank && !name && other || name && !rank && revenue) {
                        throw new ImportException(rank ? "noNameColumn" : "noRankColumn", file.name(),
                                String.join(" | ", t.header()));
                    }
                }
                throw new ImportException("noRankingTable", file.name(), found.size());
            }
            tables.addAll(found);
        }
        int chosen = 0;
        for (int i = 0; i < tables.size(); i++) {
            SourceTable t = tables.get(i);
            SourceTable best = tables.get(chosen);
            if (t.file().equals(files.getFirst().name()) && score(t) > score(best)) {
                chosen = i;
            }
        }
        return new Analysis(List.copyOf(files), List.copyOf(tables), chosen,
                ColumnMapping.propose(tables.get(chosen).header(), null));
    }

    private static double score(SourceTable t) {
        return (t.looksLikeRanking() ? 100 : 0) + t.score() * 10 + Math.min(t.rows().size(), 500) / 100.0;
    }

    /** The chosen table and, from every other file, the table with the same header (the list continued). */
    public List<SourceTable> tablesFor(Analysis analysis, int chosen) {
        SourceTable first = analysis.tables().get(chosen);
        List<SourceTable> tables = new ArrayList<>(List.of(first));
        for (SourceFile file : analysis.files().subList(1, analysis.files().size())) {
            tables.add(analysis.tables().stream().filter(t -> t.file().equals(file.name()) && t.sameShape(first))
                    .findFirst().orElseThrow(() -> new ImportException("otherShape", file.name(), first.file(),
                            String.join(" | ", first.header()))));
        }
        return tables;
    }

    /**
     * Reads the rows with the mapping, checks list and year, and matches every row; nothing is written.
     *
     * @param list e.g. CHINA_PRIVATE_500: a list the graph knows
     */
    public ImportPlan plan(Analysis analysis, int chosen, ColumnMapping mapping, String list, int year) {
        return reads.execute(s -> {
            RankingList known = queries.lists().stream().filter(l -> l.list().equals(list)).findFirst()
                    .orElseThrow(() -> new ImportException("unknownList", list,
                            String.join(", ", queries.lists().stream().map(RankingList::list).toList())));
            int lastYear = Year.now().getValue() + 1;
            if (year < properties.firstYear() || year > lastYear) {
                throw new ImportException("year", year, properties.firstYear(), lastYear);
            }
            RevenueUnit unit = RevenueUnit.valueOf(known.revenueUnit());
            ColumnMapping columns = mapping.revenueUnit() == null ? mapping.with(unit) : mapping;
            List<ImportRow> rows = RowReader.read(tablesFor(analysis, chosen), columns, unit, properties.maxRows(),
                    properties.maxNameLength());
            CompanyMatcher matcher = matcherFor(rows);
            List<ImportPlan.PlannedRow> planned = new ArrayList<>();
            for (ImportRow row : rows) {
                planned.add(new ImportPlan.PlannedRow(planned.size(), row, matcher.match(row.name(), row.nameEn())));
            }
            String rankingId = known.rankingId(year);
            ImportPlan plan = new ImportPlan(known, year, rankingId, queries.rankingExists(rankingId),
                    analysis.files().stream().map(SourceFile::name).toList(), List.copyOf(planned), currentUser.name());
            resolve(plan, Map.of(), false, queries.rankedIn(rankingId)); // certain rows: conflicts and duplicates now
            return plan;
        });
    }

    /** What one row becomes. */
    private record Target(ImportPlan.PlannedRow row, String companyId, boolean create, boolean unchanged, String alias) {
    }

    /**
     * The company each row goes to. Certain matches are taken; uncertain and unmatched rows follow the
     * decisions (a company id or {@link #NEW_COMPANY}); unmatched rows without one become new companies.
     *
     * @param requireDecisions false while planning: undecided rows are skipped, not refused
     */
    private static List<Target> resolve(ImportPlan plan, Map<Integer, String> decisions, boolean requireDecisions,
            Map<String, ImportQueries.Existing> existing) {
        List<Target> targets = new ArrayList<>();
        Map<String, ImportPlan.PlannedRow> byCompany = new HashMap<>();
        Map<String, ImportPlan.PlannedRow> newByName = new HashMap<>();
        Map<Long, ImportQueries.Existing> byRank = new HashMap<>();
        existing.values().forEach(e -> byRank.putIfAbsent(e.rank(), e));
        for (ImportPlan.PlannedRow row : plan.rows()) {
            CompanyMatcher.Match match = row.match();
            String companyId;
            String alias = null;
            if (match.certain()) {
                companyId = match.proposal().id();
            } else if (decisions.containsKey(row.index())) {
                companyId = decisions.get(row.index());
                // a confirmed match teaches the graph this spelling, so the next import matches it exactly
                alias = NEW_COMPANY.equals(companyId) ? null : row.row().name();
            } else if (match.how() == CompanyMatcher.How.NONE) {
                companyId = NEW_COMPANY;
            } else if (requireDecisions) {
                throw new ImportException("undecided", plan.uncertain().size(), row.row().file(), row.row().line(),
                        row.row().name());
            } else {
                continue;
            }
            boolean create = NEW_COMPANY.equals(companyId);
            boolean unchanged = false;
            if (create && requireDecisions) {
                // two new companies of one name would be a silent duplicate: a person says which is which
                ImportPlan.PlannedRow same = newByName.putIfAbsent(NameNormaliser.normalise(row.row().name()), row);
                if (same != null) {
                    throw new ImportException("duplicateNew", row.row().file(), row.row().line(), row.row().name(),
                            same.row().file(), same.row().line(), same.row().name());
                }
            }
            if (!create) {
                ImportPlan.PlannedRow same = byCompany.putIfAbsent(companyId, row);
                if (same != null) {
                    throw new ImportException("duplicateCompany", row.row().file(), row.row().line(), row.row().name(),
                            same.row().line(), same.row().name());
                }
                ImportQueries.Existing fact = existing.get(companyId);
                if (fact != null) {
                    if (fact.rank() != row.row().rank() || !sameRevenue(fact.revenue(), row.row().revenue())) {
                        throw new ImportException("factConflict", row.row().file(), row.row().line(), row.row().name(),
                                plan.rankingLabel(), fact.rank(), text(fact.revenue()), fact.source(), row.row().rank(),
                                text(row.row().revenue()));
                    }
                    unchanged = true;
                }
            }
            if (!unchanged && !row.row().tied()) {
                // another company already holds this rank in this list-year (an earlier batch): one of the two is wrong
                ImportQueries.Existing holder = byRank.get(row.row().rank());
                if (holder != null && !holder.companyId().equals(companyId)) {
                    throw new ImportException("rankTaken", row.row().file(), row.row().line(), row.row().name(),
                            plan.rankingLabel(), row.row().rank(), holder.name(), holder.source());
                }
            }
            targets.add(new Target(row, create ? null : companyId, create, unchanged, alias));
        }
        return targets;
    }

    private static boolean sameRevenue(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
    }

    private static String text(Double revenue) {
        return revenue == null ? "—" : String.format(Locale.ROOT, "%,.2f", revenue).replaceAll("\\.00$", "");
    }

    /**
     * Writes the plan as one batch in one transaction: the list-year if new, new companies, RANKED
     * facts and aliases, each marked with the batch. Rows already in the graph are left alone; when
     * none is new nothing at all is written (importing the same list twice is a no-op).
     */
    public ImportResult commit(ImportPlan plan, Map<Integer, String> decisions, Progress progress) {
        long started = System.nanoTime();
        ImportResult result;
        try {
            result = committed(plan, decisions, progress);
        } catch (RuntimeException e) {
            if (!plan.rankingExists() && rankingCreatedMeanwhile(e)) {
                // another import created the same new list-year at the same moment: its unique id refused ours
                throw new ImportException("listYearMeanwhile", plan.rankingLabel());
            }
            throw e;
        }
        log.info("Import {} of {} ({} rows): {} ranked, {} created, {} unchanged in {} ms", result.batchId(),
                plan.rankingId(), plan.rows().size(), result.ranked(), result.created(), result.unchanged(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private static boolean rankingCreatedMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("already exists with label `Ranking`") || message.contains("already exists with label Ranking")) {
                return true;
            }
        }
        return false;
    }

    private ImportResult committed(ImportPlan plan, Map<Integer, String> decisions, Progress progress) {
        return transactions.execute(s -> {
            ImportResult written = write(plan, decisions, progress);
            if (written.batchId() != null) {
                audit.record("import.commit", "ImportBatch", written.batchId(), "", String.format(Locale.ROOT,
                        "ranking=%s; rows=%d; ranked=%d; created=%d; aliases=%d; unchanged=%d", written.rankingId(),
                        written.rows(), written.ranked(), written.created(), written.aliases(), written.unchanged()));
            }
            return written;
        });
    }

    private ImportResult write(ImportPlan plan, Map<Integer, String> decisions, Progress progress) {
        // read again inside the write transaction: another import may have landed since the plan
        Map<String, CompanyMatcher.Candidate> byId = new HashMap<>();
        queries.companies(decisions.values().stream().filter(id -> !NEW_COMPANY.equals(id)).distinct().toList())
                .forEach(c -> byId.put(c.id(), c));
        for (String id : decisions.values()) {
            if (!NEW_COMPANY.equals(id) && !byId.containsKey(id)) {
                throw new ImportException("unknownCompany", id);
            }
        }
        List<Target> targets = resolve(plan, decisions, true, queries.rankedIn(plan.rankingId()));
        int unchanged = (int) targets.stream().filter(Target::unchanged).count();
        boolean rankingExists = queries.rankingExists(plan.rankingId());
        if (targets.stream().allMatch(Target::unchanged)) {
            progress.rows(targets.size(), targets.size());
            return new ImportResult(null, plan.rankingId(), targets.size(), 0, 0, 0, unchanged, false);
        }
        String batch = "imp-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        String files = String.join(", ", plan.files());
        String batchSource = plan.rankingLabel() + " · " + files + " · 导入批次 " + batch;
        if (!rankingExists) {
            Map<String, Object> ranking = new HashMap<>();
            ranking.put("id", plan.rankingId());
            ranking.put("list", plan.list().list());
            ranking.put("year", (long) plan.year());
            ranking.put("name", plan.list().name());
            ranking.put("nameEn", plan.list().nameEn());
            ranking.put("publisher", plan.list().publisher() == null ? "" : plan.list().publisher());
            ranking.put("revenueUnit", plan.list().revenueUnit());
            ranking.put("complete", targets.size() >= 500);
            ranking.put("source", batchSource);
            ranking.put("batch", batch);
            queries.createRanking(ranking);
        }
        Set<String> ids = new HashSet<>(queries.idsStartingWith(targets.stream().filter(Target::create)
                .flatMap(target -> idBases(target.row().row()).stream()).distinct().toList()));
        List<RowWrite> writes = new ArrayList<>();
        for (Target t : targets) {
            if (t.unchanged()) {
                continue;
            }
            ImportRow row = t.row().row();
            String source = plan.rankingLabel() + " · " + row.file() + " 第" + row.line() + "行 · 导入批次 " + batch;
            String companyId = t.companyId();
            Map<String, Object> company = null;
            Map<String, Object> alias = null;
            if (t.create()) {
                companyId = newId(row, ids);
                ids.add(companyId);
                company = new HashMap<>();
                company.put("id", companyId);
                company.put("name", row.name());
                company.put("nameEn", row.nameEn() != null ? row.nameEn() : latin(row.name()) ? row.name() : null);
                company.put("province", plan.list().chinese() ? row.region() : null);
                company.put("country", plan.list().chinese() ? "中国" : row.region());
                company.put("industry", row.industry());
                company.put("source", source);
            } else if (t.alias() != null) {
                CompanyMatcher.Candidate c = byId.get(companyId);
                if (!c.name().equals(t.alias()) && !c.aliases().contains(t.alias())) {
                    alias = Map.of("companyId", companyId, "alias", t.alias());
                }
            }
            Map<String, Object> fact = new HashMap<>();
            fact.put("companyId", companyId);
            fact.put("rank", row.rank());
            fact.put("revenue", row.revenue());
            fact.put("source", source);
            writes.add(new RowWrite(row, company, fact, alias));
        }
        List<Map<String, Object>> companies = writes.stream().map(RowWrite::company).filter(c -> c != null).toList();
        List<Map<String, Object>> aliases = writes.stream().map(RowWrite::alias).filter(a -> a != null).toList();
        // which companies held no aliases at all, so a rollback gives back exactly that (seeded ones hold [])
        Set<String> bare = aliases.isEmpty() ? Set.of()
                : queries.withoutAliases(aliases.stream().map(a -> a.get("companyId")).toList());
        // progress counts rows of the import: unchanged rows are done already, the rest chunk by chunk
        int done = unchanged;
        int chunk = Math.max(1, properties.chunkRows());
        for (int i = 0; i < writes.size(); i += chunk) {
            List<RowWrite> part = writes.subList(i, Math.min(writes.size(), i + chunk));
            try {
                List<Map<String, Object>> created = part.stream().map(RowWrite::company).filter(c -> c != null).toList();
                if (!created.isEmpty()) {
                    queries.createCompanies(batch, created);
                }
                queries.createRanked(batch, plan.rankingId(), part.stream().map(RowWrite::fact).toList());
                List<Map<String, Object>> added = part.stream().map(RowWrite::alias).filter(a -> a != null).toList();
                if (!added.isEmpty()) {
                    queries.addAliases(added);
                }
            } catch (org.springframework.dao.DataAccessException | org.neo4j.driver.exceptions.Neo4jException e) {
                // the database refused a write: the whole transaction is undone, the user learns which rows
                // (a bug of ours is not dressed up as the database's refusal: it propagates as itself)
                ImportRow first = part.getFirst().row();
                ImportRow last = part.getLast().row();
                throw new ImportException(part.size() == 1 ? "writeFailedRow" : "writeFailedRows", first.file(),
                        first.line(), first.name(), last.file(), last.line(), rootMessage(e));
            }
            done += part.size();
            progress.rows(done, targets.size());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", batch);
        record.put("list", plan.list().list());
        record.put("year", (long) plan.year());
        record.put("rankingId", plan.rankingId());
        record.put("files", plan.files());
        record.put("source", batchSource);
        record.put("who", plan.who());
        record.put("rows", (long) targets.size());
        record.put("ranked", (long) writes.size());
        record.put("created", (long) companies.size());
        record.put("aliases", (long) aliases.size());
        record.put("aliasCompanies", aliases.stream().map(a -> a.get("companyId")).toList());
        record.put("aliasNames", aliases.stream().map(a -> a.get("alias")).toList());
        record.put("aliasBare", List.copyOf(bare));
        queries.createBatch(record);
        return new ImportResult(batch, plan.rankingId(), targets.size(), writes.size(), companies.size(), aliases.size(),
                unchanged, !rankingExists);
    }

    /** What one new row writes: a company when it creates one, its RANKED fact, an alias when confirmed. */
    private record RowWrite(ImportRow row, Map<String, Object> company, Map<String, Object> fact, Map<String, Object> alias) {
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /**
     * The companies the rows could match, found through the graph's indexes (exact name, full-text search)
     * instead of loading every company: the matcher then decides among them as before.
     */
    private CompanyMatcher matcherFor(List<ImportRow> rows) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Set<String> texts = new java.util.LinkedHashSet<>();
        for (ImportRow row : rows) {
            names.addAll(CompanyMatcher.exactNames(row.name()));
            texts.addAll(CompanyMatcher.searchTexts(row.name(), row.nameEn()));
        }
        return new CompanyMatcher(queries.candidates(names, texts, properties.matchCandidates()));
    }

    /** A stable id: the English name as a slug, else a hash of the normalised name. */
    private static String newId(ImportRow row, Set<String> taken) {
        String slug = slug(row);
        if (slug.isEmpty() || taken.contains(slug)) {
            slug = hashId(row);
        }
        String id = slug;
        for (int n = 2; taken.contains(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /** The prefixes every id {@link #newId} may give this row starts with. */
    private static List<String> idBases(ImportRow row) {
        String slug = slug(row);
        return slug.isEmpty() ? List.of(hashId(row)) : List.of(slug, hashId(row));
    }

    private static String slug(ImportRow row) {
        String english = row.nameEn() != null ? row.nameEn() : latin(row.name()) ? row.name() : "";
        return NameNormaliser.halfWidth(english).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    private static String hashId(ImportRow row) {
        return "co-" + sha1(NameNormaliser.normalise(row.name())).substring(0, 10);
    }

    private static boolean latin(String name) {
        return name.chars().allMatch(c -> c < 128);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For scripts (the REST endpoint): the proposed table and mapping; with {@code acceptSuggestions}
     * uncertain rows with one proposal take it, otherwise any uncertain row refuses the import.
     */
    public ImportResult importFiles(List<SourceFile> files, String list, int year, boolean acceptSuggestions, Progress progress) {
        Analysis analysis = analyse(files);
        RankingList known = lists().stream().filter(l -> l.list().equals(list)).findFirst().orElse(null);
        ColumnMapping mapping = known == null ? analysis.mapping()
                : ColumnMapping.propose(analysis.tables().get(analysis.chosen()).header(), RevenueUnit.valueOf(known.revenueUnit()));
        ImportPlan plan = plan(analysis, analysis.chosen(), mapping, list, year);
        Map<Integer, String> decisions = new HashMap<>();
        for (ImportPlan.PlannedRow row : plan.uncertain()) {
            if (!acceptSuggestions || row.match().candidates().size() != 1) {
                throw new ImportException(acceptSuggestions ? "ambiguous" : "needsConfirmation", plan.uncertain().size(),
                        row.row().file(), row.row().line(), row.row().name(), row.match().proposal().name());
            }
            decisions.put(row.index(), row.match().proposal().id());
        }
        return commit(plan, decisions, progress);
    }

    public List<ImportBatch> batches() {
        return reads.execute(s -> queries.batches());
    }

    /**
     * Removes everything the batch wrote, in one transaction, and marks it rolled back. Refused while
     * other facts hang on what it created (a later batch's rank in its list-year, a lead on its company).
     */
    public void rollback(String batchId) {
        String who = currentUser.name();
        transactions.executeWithoutResult(s -> {
            ImportQueries.BatchState state = queries.batch(batchId);
            if (state == null) {
                throw new ImportException("unknownBatch", batchId);
            }
            if (!ImportBatch.ACTIVE.equals(state.status())) {
                throw new ImportException("alreadyRolledBack", batchId);
            }
            var blockers = queries.rollbackBlockers(batchId);
            if (!blockers.isEmpty()) {
                var first = blockers.iterator().next();
                throw new ImportException("rollbackBlocked", batchId, first.get("what"), first.get("type"), first.get("by"));
            }
            List<Map<String, Object>> aliases = new ArrayList<>();
            for (int i = 0; i < state.aliasCompanies().size(); i++) {
                String company = state.aliasCompanies().get(i);
                aliases.add(Map.of("companyId", company, "alias", state.aliasNames().get(i),
                        "bare", state.aliasBare().contains(company)));
            }
            queries.rollback(batchId, aliases, who);
            audit.record("import.rollback", "ImportBatch", batchId, "status=" + state.status(), "status=rolled back");
        });
        log.info("Import batch {} rolled back by {}", batchId, who);
    }
}
