package cn.chainscout.seed;

import java.util.List;
import java.util.Set;

/**
 * The files of {@code graph-seed/} and their columns, as documented in graph-seed/README.md.
 * Validation and loading both read this one description.
 */
final class SeedFormat {

    /** DATE: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, kept as that sortable ISO text. */
    enum Type { ID, TEXT, BOOLEAN, INTEGER, DECIMAL, LIST, REF, DATE }

    /**
     * A column: its type, whether a value is required, the id kind a REF points to, allowed values, and
     * whether a file may leave it out of its header (the columns added after the first seed).
     */
    record Column(String name, Type type, boolean required, String refKind, Set<String> allowed, boolean optional) {

        Column(String name, Type type, boolean required, String refKind, Set<String> allowed) {
            this(name, type, required, refKind, allowed, false);
        }

        /** The same column, which a file may omit from its header. */
        Column omissible() {
            return new Column(name, type, required, refKind, allowed, true);
        }

        static Column date(String name) {
            return new Column(name, Type.DATE, false, null, Set.of());
        }

        static Column id() {
            return new Column("id", Type.ID, true, null, Set.of());
        }

        static Column text(String name) {
            return new Column(name, Type.TEXT, false, null, Set.of());
        }

        static Column requiredText(String name) {
            return new Column(name, Type.TEXT, true, null, Set.of());
        }

        static Column oneOf(String name, boolean required, String... values) {
            return new Column(name, Type.TEXT, required, null, Set.of(values));
        }

        static Column bool(String name) {
            return new Column(name, Type.BOOLEAN, false, null, Set.of());
        }

        static Column integer(String name, boolean required) {
            return new Column(name, Type.INTEGER, required, null, Set.of());
        }

        static Column decimal(String name, boolean required) {
            return new Column(name, Type.DECIMAL, required, null, Set.of());
        }

        static Column list(String name) {
            return new Column(name, Type.LIST, false, null, Set.of());
        }

        static Column ref(String name, String kind, boolean required) {
            return new Column(name, Type.REF, required, kind, Set.of());
        }
    }

    /**
     * One kind of seed file. {@code path} is a file ({@code parks.csv}) or a folder whose *.csv files
     * share the columns ({@code companies/}). {@code idKind} names the ids the file defines;
     * {@code uniqueKey} the columns no two rows may share.
     */
    record FileSpec(String path, String idKind, List<Column> columns, List<String> uniqueKey) {

        boolean folder() {
            return path.endsWith("/");
        }
    }

    static final String SOURCE = "source";
    static final Set<String> CONFIDENCE = Set.of("reported", "derived", "unverified");
    static final Set<String> STAGES = Set.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM", "SUPPORT");
    static final Set<String> TIE_TYPES = Set.of("SUPPLIES", "PARTNERS_WITH", "INVESTS_IN", "SUBSIDIARY_OF");
    static final Set<String> KINDS = Set.of("manufacturer", "design", "retailer", "finance", "construction", "trading",
            "service", "holding", "agriculture", "energy", "mining", "logistics", "internet", "property");
    static final Set<String> ARRIVAL_EVENTS = Set.of("签约", "开工", "投产", "注册", "入驻");
    static final Set<String> SIZE_KINDS = Set.of("营收", "产值");

    private static final Column SOURCE_COLUMN = Column.requiredText(SOURCE);
    private static final Column CONFIDENCE_COLUMN =
            new Column("confidence", Type.TEXT, false, null, CONFIDENCE);

    static final FileSpec DISTRICT = new FileSpec("district.csv", "district", List.of(
            Column.id(), Column.requiredText("name"), Column.text("name_en"), Column.text("city"),
            Column.text("province"), SOURCE_COLUMN), List.of("id"));

    static final FileSpec PARKS = new FileSpec("parks.csv", "park", List.of(
            Column.id(), Column.requiredText("name"), Column.text("name_en"),
            Column.ref("district_id", "district", true), Column.ref("parent_id", "park", false),
            Column.text("kind"), SOURCE_COLUMN), List.of("id"));

    static final FileSpec CHAINS = new FileSpec("chains.csv", "chain", List.of(
            Column.id(), Column.requiredText("name"), Column.text("name_en"),
            Column.ref("district_id", "district", true), Column.integer("position", false),
            Column.bool("main"), Column.decimal("output_target_yi", false), SOURCE_COLUMN), List.of("id"));

    static final FileSpec SEGMENTS = new FileSpec("segments.csv", "segment", List.of(
            Column.id(), Column.ref("chain_id", "chain", true), Column.requiredText("name"),
            Column.text("name_en"), Column.oneOf("stage", true, STAGES.toArray(String[]::new)),
            Column.ref("parent_id", "segment", false), Column.bool("key"), SOURCE_COLUMN), List.of("id"));

    static final FileSpec FEEDS = new FileSpec("feeds.csv", null, List.of(
            Column.ref("from_id", "segment", true), Column.ref("to_id", "segment", true), SOURCE_COLUMN),
            List.of("from_id", "to_id"));

    static final FileSpec POOLS = new FileSpec("pools.csv", "pool", List.of(
            Column.id(), Column.requiredText("name"), Column.text("name_en"), SOURCE_COLUMN), List.of("id"));

    // the plan's responsible units (责任单位), the owners of pipeline leads
    static final FileSpec UNITS = new FileSpec("units.csv", "unit", List.of(
            Column.id(), Column.requiredText("name"), Column.text("name_en"),
            Column.ref("district_id", "district", true), SOURCE_COLUMN), List.of("id"));

    static final FileSpec RANKINGS = new FileSpec("rankings.csv", "ranking", List.of(
            Column.id(), Column.requiredText("list"), Column.integer("year", true), Column.requiredText("name"),
            Column.text("name_en"), Column.text("publisher"), Column.requiredText("revenue_unit"),
            Column.bool("complete"), SOURCE_COLUMN), List.of("id"));

    static final FileSpec TARGETS = new FileSpec("targets.csv", "target", List.of(
            Column.id(), Column.requiredText("group"), Column.requiredText("name"), Column.text("name_en"),
            Column.decimal("figure", true), Column.text("unit"), Column.integer("deadline", true),
            Column.requiredText("measure"), SOURCE_COLUMN), List.of("id"));

    static final FileSpec COMPANIES = new FileSpec("companies/", "company", List.of(
            Column.id(), Column.requiredText("name"), Column.text("name_en"), Column.list("aliases"),
            Column.text("province"), Column.text("country"), Column.oneOf("ownership", false, "国有", "民营", "外资"),
            Column.list("listing"), SOURCE_COLUMN, Column.text("city").omissible(),
            Column.list("plant_provinces").omissible(), Column.decimal("revenue_yi", false).omissible(),
            Column.integer("revenue_year", false).omissible(),
            Column.oneOf("kind", false, KINDS.toArray(String[]::new)).omissible(),
            Column.ref("parent_id", "company", false).omissible()), List.of("id"));

    static final FileSpec RANKED = new FileSpec("ranked/", null, List.of(
            Column.ref("company_id", "company", true), Column.ref("ranking_id", "ranking", true),
            Column.integer("rank", true), Column.decimal("revenue", false), SOURCE_COLUMN),
            List.of("company_id", "ranking_id"));

    static final FileSpec LOCATED_IN = new FileSpec("located-in.csv", null, List.of(
            Column.ref("company_id", "company", true), Column.ref("park_id", "park", true),
            Column.bool("leading"), Column.oneOf("tier", false, "百亿", "50亿", "10亿"),
            Column.date("since"), SOURCE_COLUMN, CONFIDENCE_COLUMN,
            Column.oneOf("since_event", false, ARRIVAL_EVENTS.toArray(String[]::new)).omissible(),
            Column.decimal("size_yi", false).omissible(), Column.integer("size_year", false).omissible(),
            Column.oneOf("size_kind", false, SIZE_KINDS.toArray(String[]::new)).omissible(),
            Column.date("until").omissible(),
            // the investment of the firm's project here (亿元) and the year it was stated: the size news gives for
            // most plants; kept apart from size_yi, which is a yearly revenue or output and feeds the tier
            Column.decimal("invest_yi", false).omissible(), Column.integer("invest_year", false).omissible()),
            List.of("company_id", "park_id"));

    static final FileSpec OPERATES_IN = new FileSpec("operates-in/", null, List.of(
            Column.ref("company_id", "company", true), Column.ref("segment_id", "segment", true),
            Column.bool("main"), Column.list("products"), SOURCE_COLUMN, CONFIDENCE_COLUMN,
            Column.decimal("share", false).omissible(), Column.integer("year", false).omissible(),
            Column.integer("since", false).omissible()),
            List.of("company_id", "segment_id"));

    static final FileSpec TIES = new FileSpec("ties/", null, List.of(
            Column.ref("from_id", "company", true), Column.oneOf("type", true, TIE_TYPES.toArray(String[]::new)),
            Column.ref("to_id", "company", true), Column.list("products"), Column.decimal("share", false),
            Column.integer("since", false), SOURCE_COLUMN, CONFIDENCE_COLUMN, Column.integer("until", false).omissible()),
            List.of("from_id", "type", "to_id"));

    static final FileSpec POOL_MEMBERS = new FileSpec("pool-members.csv", null, List.of(
            Column.ref("company_id", "company", true), Column.ref("pool_id", "pool", true), SOURCE_COLUMN),
            List.of("company_id", "pool_id"));

    /** In load order: what a row refers to is loaded before it. */
    static final List<FileSpec> FILES = List.of(DISTRICT, PARKS, CHAINS, SEGMENTS, FEEDS, POOLS, UNITS, RANKINGS,
            TARGETS, COMPANIES, RANKED, LOCATED_IN, OPERATES_IN, TIES, POOL_MEMBERS);

    private SeedFormat() {
    }
}
