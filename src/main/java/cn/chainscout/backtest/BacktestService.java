package cn.chainscout.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.common.user.Roles;
import cn.chainscout.gap.AsOf;
import cn.chainscout.importer.NameNormaliser;
import cn.chainscout.lead.BusinessLeadService;
import cn.chainscout.lead.ChainLeadService;
import cn.chainscout.lead.Lead;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * How often would the leads have been right? For each real signing, the lists as they stood at a date
 * before it (by default one year before each signing): its rank among the chain's leads, the leads of
 * its segment and the business leads (through the local firm it came through, or every local firm),
 * and for an expansion the 二次招商 list. Reads the graph only; the one thing it writes is the run.
 */
@Service
public class BacktestService {

    /** The lists are read this deep: a signing further down counts as not listed. */
    public static final int DEPTH = ChainLeadService.MAX_LIMIT;
    static final String UNKNOWN_CHAIN = "—";

    private final BacktestQueries queries;
    private final ChainLeadService chainLeads;
    private final BusinessLeadService businessLeads;
    private final JsonMapper json = JsonMapper.builder().build();

    private final java.time.Clock clock;

    BacktestService(BacktestQueries queries, ChainLeadService chainLeads, BusinessLeadService businessLeads,
                    java.time.Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.chainLeads = chainLeads;
        this.businessLeads = businessLeads;
    }

    /**
     * Runs the backtest on a signings CSV and saves the run.
     *
     * @param asOf the date the lists are computed for, null for one year before each signing
     * @throws BacktestException naming row and column, before anything is written
     */
    @Roles.AnalystOrAdmin
    public BacktestRun run(String name, byte[] csv, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw new BacktestException(List.of("the date asked (" + asOf + ") is in the future"));
        }
        SigningCsv.Parsed parsed = SigningCsv.parse(csv, graph(), today);
        BacktestRun run = evaluate(name, parsed, asOf);
        queries.save(run.id(), run.name(), run.createdAt(), run.createdBy(), json.writeValueAsString(run));
        return run;
    }

    /** Saved runs, newest first: every role may read them. */
    @Roles.Read
    public List<SavedRun> runs() {
        return queries.runs();
    }

    @Roles.Read
    public BacktestRun run(String id) {
        return queries.run(id).map(text -> json.readValue(text, BacktestRun.class))
                .orElseThrow(() -> new NotFoundException("backtest run", id));
    }

    private BacktestRun evaluate(String name, SigningCsv.Parsed parsed, LocalDate asOf) {
        Map<String, BacktestQueries.Chain> chains = new LinkedHashMap<>();
        queries.chains().forEach(c -> chains.put(c.id(), c));
        String homeDistrict = chains.values().stream().findFirst().map(BacktestQueries.Chain::district).orElse(null);
        Map<String, List<Lead>> lists = new HashMap<>();
        List<BacktestRun.Result> results = new ArrayList<>();
        for (Signing s : parsed.signings()) {
            LocalDate when = asOf != null ? asOf : s.date().minusYears(1);
            AsOf at = AsOf.of(when);
            String district = s.chainId() != null && chains.containsKey(s.chainId()) ? chains.get(s.chainId()).district() : homeDistrict;
            Integer chainRank = null;
            Integer segmentRank = null;
            Integer businessRank = null;
            Integer expansionRank = null;
            String matchedThrough = null;
            if (s.companyId() != null) {
                Ranks chosen = ranks(lists, s, s.companyId(), district, when, at);
                // a plant that had not arrived at the date was named in the lists, if at all, by its group
                if (chosen.best() == null) {
                    for (BacktestQueries.CompanyName group : queries.groupsOfNewPlant(s.companyId(), at)) {
                        Ranks r = ranks(lists, s, group.id(), district, when, at);
                        if (r.best() != null) {
                            chosen = r;
                            matchedThrough = group.aliases().isEmpty() ? group.name() : group.aliases().getFirst();
                            break;
                        }
                    }
                }
                chainRank = chosen.chain();
                segmentRank = chosen.segment();
                businessRank = chosen.business();
                expansionRank = chosen.expansion();
            }
            Integer best = java.util.stream.Stream.of(chainRank, segmentRank, businessRank, expansionRank)
                    .filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null);
            results.add(new BacktestRun.Result(s.row(), s.company(), s.companyId(), s.date().toString(), s.chainId(),
                    s.segmentId(), s.viaId(), s.expansion(), s.companyId() != null, when.toString(), chainRank, segmentRank,
                    businessRank, expansionRank, best, matchedThrough));
        }
        return new BacktestRun(UUID.randomUUID().toString(), name == null || name.isBlank() ? "backtest" : name.strip(),
                Instant.now(clock).toString(), user(), asOf == null ? "one year before each signing" : asOf.toString(),
                List.copyOf(results), summaries(results, chains.keySet()), parsed.notes());
    }

    private record Ranks(Integer chain, Integer segment, Integer business, Integer expansion) {

        Integer best() {
            return java.util.stream.Stream.of(chain, segment, business, expansion)
                    .filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null);
        }
    }

    /** A company's ranks in the lists relevant to a signing, as they stood at the date asked. */
    private Ranks ranks(Map<String, List<Lead>> lists, Signing s, String companyId, String district, LocalDate when, AsOf at) {
        Integer chainRank = null;
        Integer segmentRank = null;
        Integer businessRank = null;
        Integer expansionRank = null;
        if (s.chainId() != null) {
            chainRank = rank(lists, "chain|" + s.chainId() + "|" + when,
                    () -> chainLeads.leads(s.chainId(), null, null, DEPTH, at), companyId);
        }
        if (s.segmentId() != null && s.chainId() != null) {
            segmentRank = rank(lists, "segment|" + s.segmentId() + "|" + when,
                    () -> chainLeads.leads(s.chainId(), s.segmentId(), null, DEPTH, at), companyId);
        }
        if (district != null) {
            businessRank = s.viaId() != null
                    ? rank(lists, "via|" + s.viaId() + "|" + when, () -> businessLeads.leadsVia(s.viaId(), DEPTH, at), companyId)
                    : rank(lists, "business|" + district + "|" + when,
                    () -> businessLeads.leadsViaAllLocalFirms(district, DEPTH, at), companyId);
            // asked for every signing: a company of the city or of a group already present is listed only there
            expansionRank = rank(lists, "expansion|" + district + "|" + when,
                    () -> businessLeads.expansionLeads(district, DEPTH, at), companyId);
        }
        return new Ranks(chainRank, segmentRank, businessRank, expansionRank);
    }

    /** Per chain in chain order (signings without one last), new investors before expansions. */
    static List<BacktestRun.Summary> summaries(List<BacktestRun.Result> results, java.util.Collection<String> chainOrder) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(chainOrder);
        order.add(UNKNOWN_CHAIN);
        for (String chain : order) {
            for (boolean expansion : new boolean[] {false, true}) {
                counts.put(chain + "|" + expansion, new int[4]);
            }
        }
        for (BacktestRun.Result r : results) {
            String chain = r.chainId() == null || !chainOrder.contains(r.chainId()) ? UNKNOWN_CHAIN : r.chainId();
            int[] c = counts.get(chain + "|" + r.expansion());
            c[0]++;
            c[1] += r.known() ? 1 : 0;
            c[2] += r.best() != null && r.best() <= 20 ? 1 : 0;
            c[3] += r.best() != null && r.best() <= 50 ? 1 : 0;
        }
        List<BacktestRun.Summary> summaries = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[0] > 0) {
                String[] parts = key.split("\\|");
                summaries.add(new BacktestRun.Summary(parts[0], Boolean.parseBoolean(parts[1]), c[0], c[1], c[2], c[3]));
            }
        });
        return List.copyOf(summaries);
    }

    private static Integer rank(Map<String, List<Lead>> lists, String key, Supplier<List<Lead>> list, String companyId) {
        List<Lead> leads = lists.computeIfAbsent(key, k -> {
            try {
                return list.get();
            } catch (NotFoundException e) {
                // e.g. the local firm it came through was not local yet at that date
                return List.of();
            }
        });
        for (int i = 0; i < leads.size(); i++) {
            if (leads.get(i).companyId().equals(companyId)) {
                return i + 1;
            }
        }
        return null;
    }

    private static String user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** Names of the graph, read once per run: companies by id, name, alias; chains; leaf segments. */
    private SigningCsv.Graph graph() {
        Map<String, SigningCsv.Company> companies = new HashMap<>();
        for (BacktestQueries.CompanyName c : queries.companies()) {
            SigningCsv.Company company = new SigningCsv.Company(c.id(), c.name());
            companies.putIfAbsent(c.id(), company);
            companies.putIfAbsent(key(c.name()), company);
            c.aliases().forEach(a -> companies.putIfAbsent(key(a), company));
            companies.putIfAbsent(NameNormaliser.normalise(c.name()), company);
        }
        List<BacktestQueries.Chain> chains = queries.chains();
        List<BacktestQueries.Segment> segments = queries.leafSegments();
        return new SigningCsv.Graph() {
            @Override
            public SigningCsv.Company company(String text) {
                SigningCsv.Company byKey = companies.get(text.strip());
                if (byKey == null) {
                    byKey = companies.get(key(text));
                }
                return byKey != null ? byKey : companies.get(NameNormaliser.normalise(text));
            }

            @Override
            public String chain(String text) {
                String t = key(text);
                return chains.stream().filter(c -> c.id().equals(text.strip()) || key(c.name()).equals(t)
                                || (c.nameEn() != null && key(c.nameEn()).equals(t)))
                        .map(BacktestQueries.Chain::id).findFirst()
                        .orElseGet(() -> chains.stream().filter(c -> t.contains(key(c.name())) || key(c.name()).contains(t))
                                .map(BacktestQueries.Chain::id).findFirst().orElse(null));
            }

            @Override
            public String segment(String text, String chainId) {
                String t = key(text);
                List<BacktestQueries.Segment> pool = segments.stream()
                        .filter(s -> chainId == null || s.chain().equals(chainId)).toList();
                Optional<BacktestQueries.Segment> exact = pool.stream()
                        .filter(s -> s.id().equals(text.strip()) || key(s.name()).equals(t)).findFirst();
                if (exact.isPresent()) {
                    return exact.get().id();
                }
                // the longest segment name inside the hint, or the shortest name containing it
                return pool.stream().filter(s -> t.contains(key(s.name())))
                        .max(Comparator.comparingInt((BacktestQueries.Segment s) -> s.name().length()).thenComparing(BacktestQueries.Segment::id))
                        .or(() -> pool.stream().filter(s -> key(s.name()).contains(t))
                                .min(Comparator.comparingInt((BacktestQueries.Segment s) -> s.name().length()).thenComparing(BacktestQueries.Segment::id)))
                        .map(BacktestQueries.Segment::id).orElse(null);
            }

            @Override
            public String chainOf(String segmentId) {
                return segments.stream().filter(s -> s.id().equals(segmentId)).map(BacktestQueries.Segment::chain).findFirst().orElse(null);
            }
        };
    }

    private static String key(String text) {
        return NameNormaliser.halfWidth(text).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
