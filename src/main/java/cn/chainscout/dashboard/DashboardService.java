package cn.chainscout.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.Roles;
import cn.chainscout.common.NotFoundException;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.project.BandCount;
import cn.chainscout.project.ProjectService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan dashboard's public face: every target of the plan with its current value, measured from
 * the graph where the graph knows it and entered by hand (with date and source) where it does not.
 */
@Service
@Roles.Read
public class DashboardService {

    /** The plan's groups in the order the plan names them (三 千百十, 四 actions). */
    public static final List<String> GROUPS = List.of("千", "百", "十", "招商", "产业链", "专精特新", "园区", "人才");

    private final DashboardQueries queries;
    private final DashboardProperties properties;
    private final CurrentUser currentUser;
    private final String districtId;
    private final java.time.Clock clock;
    private final AuditTrail audit;
    private final ProjectService projects;

    DashboardService(DashboardQueries queries, DashboardProperties properties, CurrentUser currentUser, AuditTrail audit,
                     ProjectService projects, cn.chainscout.common.config.DistrictProperties settings,
                     java.time.Clock clock) {
        this.audit = audit;
        this.projects = projects;
        this.queries = queries;
        this.properties = properties;
        this.currentUser = currentUser;
        this.districtId = settings.districtOrNull();
        this.clock = clock;
    }

    /**
     * Every target, in the plan's group order. Reading only: a measured target's trend is its stored
     * daily values ({@link #recordTrend()}) ending with today's value as measured now.
     */
    @Transactional(readOnly = true)
    public List<TargetCard> dashboard() {
        LocalDate today = today();
        Map<String, Long> bands = projectBands();
        Basis tiers = queries.tierBasis(districtId);
        List<TargetCard> cards = new ArrayList<>();
        for (DashboardQueries.TargetRow row : queries.targets()) {
            cards.add(card(row, today, bands, tiers));
        }
        cards.sort(READING_ORDER);
        return List.copyOf(cards);
    }

    /** One target as the dashboard shows it. */
    @Transactional(readOnly = true)
    public Optional<TargetCard> target(String targetId) {
        return queries.target(targetId).map(row -> card(row, today(), projectBands(), queries.tierBasis(districtId)));
    }

    /**
     * Stores today's value of every measured target whose value changed since the last one stored
     * (see {@link SnapshotRule}), so the trend shows changes, not visits. The app runs it by itself
     * ({@code TrendRecorder}), never on a page view.
     *
     * @return how many snapshots were written or removed
     */
    @Roles.Admin
    @Transactional
    public int recordTrend() {
        LocalDate today = today();
        Map<String, Long> bands = projectBands();
        int changed = 0;
        for (DashboardQueries.TargetRow row : queries.targets()) {
            Optional<Measure> measure = Measure.of(row.measure());
            if (measure.isEmpty()) {
                continue;
            }
            double value = value(measure.get(), bands);
            switch (SnapshotRule.decide(row.snapshots(), value, today)) {
                case WRITE_TODAY -> {
                    queries.writeSnapshot(row.id(), today, value);
                    changed++;
                }
                case DELETE_TODAY -> {
                    queries.deleteSnapshot(row.id(), today);
                    changed++;
                }
                case KEEP -> { }
            }
        }
        return changed;
    }

    /**
     * Records a hand-entered value (who = the current user, when = now).
     *
     * @throws InvalidEntryException with every problem when the entry is refused; nothing is written
     * @throws NotFoundException     when no target has this id
     */
    @Roles.Analyst
    @Transactional
    public TargetCard enter(String targetId, ManualEntry entry) {
        DashboardQueries.TargetRow row = queries.target(targetId).orElseThrow(() -> new NotFoundException("target", targetId));
        List<EntryProblem> problems = new ArrayList<>();
        if (Measure.of(row.measure()).isPresent()) {
            problems.add(new EntryProblem("target", "dashboard.error.measured", List.of(row.name())));
        }
        problems.addAll(ManualEntryRules.check(entry, row.unit(), today()));
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        queries.addEntry(targetId, entry, entry.source().strip(), currentUser.name(), LocalDateTime.now(clock).withNano(0));
        // before = the value the card showed until now (the latest entry by date), empty for a first entry
        DashboardQueries.Entry previous = row.entries().isEmpty() ? null : row.entries().getLast();
        audit.record("dashboard.entry", "Target", targetId, previous == null ? "" : entryText(previous.value(), previous.asOf(),
                previous.source()), entryText(entry.value(), entry.asOf(), entry.source().strip()));
        return queries.target(targetId).map(r -> card(r, today(), projectBands(), queries.tierBasis(districtId))).orElseThrow();
    }

    private static String entryText(double value, LocalDate asOf, String source) {
        return "value=" + value + "; asOf=" + asOf + "; source=" + source;
    }

    /** The value a measure has on the graph now, for a district (null = every district). */
    @Transactional(readOnly = true)
    long measure(Measure measure, String district) {
        return measure.projectBand() ? projectBands().getOrDefault(measure.key(), 0L) : queries.count(measure, district);
    }

    private double value(Measure measure, Map<String, Long> bands) {
        return measure.projectBand() ? bands.getOrDefault(measure.key(), 0L) : queries.count(measure, districtId);
    }

    /** Projects per plan band by the project feature's own rule (which stages count, bands cumulative). */
    private Map<String, Long> projectBands() {
        Map<String, Long> bands = new HashMap<>();
        for (BandCount b : projects.bandCounts()) {
            bands.put(b.measure(), b.count());
        }
        return bands;
    }

    /** Today in the dashboard's time zone (chainscout.zone): entries may not be dated later. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private TargetCard card(DashboardQueries.TargetRow row, LocalDate today, Map<String, Long> bands, Basis tiers) {
        boolean lowerIsBetter = properties.lowerIsBetter().contains(row.id());
        Optional<Measure> measure = Measure.of(row.measure());
        if (measure.isPresent()) {
            double value = value(measure.get(), bands);
            // today's point is live; a stored one of today is replaced by it, and one equal to the day before dropped
            List<TrendPoint> trend = new ArrayList<>(row.snapshots());
            trend.removeIf(p -> p.on().equals(today));
            if (trend.isEmpty() || trend.getLast().value() != value) {
                trend.add(new TrendPoint(today, value));
            }
            return new TargetCard(row.id(), row.group(), row.name(), row.nameEn(), row.figure(), row.unit(),
                    row.deadline(), row.measure(), TargetCard.Origin.MEASURED, value, today, null, null, null,
                    List.copyOf(trend), lowerIsBetter, measure.get().tier() ? tiers : null);
        }
        Optional<String> chain = Measure.chainOutput(row.measure());
        DashboardQueries.Sized output = chain.map(id -> queries.chainOutput(id, districtId)).orElse(null);
        if (output != null && output.basis().sized() > 0 && row.entries().isEmpty()) {
            // the sum of the chain's firms' public figures, dated by their years; an official figure entered by hand wins
            return new TargetCard(row.id(), row.group(), row.name(), row.nameEn(), row.figure(), row.unit(),
                    row.deadline(), row.measure(), TargetCard.Origin.MEASURED, output.total(), today, null, null, null,
                    List.of(new TrendPoint(today, output.total())), lowerIsBetter, output.basis());
        }
        TargetCard.Origin origin = output != null && output.basis().sized() == 0
                ? TargetCard.Origin.NO_GRAPH_DATA : TargetCard.Origin.MANUAL;
        // the latest entry by date is the current value; a later correction of the same date wins
        DashboardQueries.Entry latest = row.entries().isEmpty() ? null : row.entries().getLast();
        List<TrendPoint> trend = row.entries().stream().map(e -> new TrendPoint(e.asOf(), e.value())).toList();
        return new TargetCard(row.id(), row.group(), row.name(), row.nameEn(), row.figure(), row.unit(), row.deadline(),
                row.measure(), origin, latest == null ? null : latest.value(), latest == null ? null : latest.asOf(),
                latest == null ? null : latest.source(), latest == null ? null : latest.enteredBy(),
                latest == null ? null : latest.enteredAt(), trend, lowerIsBetter, output == null ? null : output.basis());
    }

    /**
     * Group by group in the plan's order; inside a group the measured targets first (largest band
     * first, as the plan lists them), then the chains by figure, then the rest by id.
     */
    static final Comparator<TargetCard> READING_ORDER = Comparator
            .comparingInt((TargetCard c) -> groupOrder(c.group()))
            .thenComparingInt(c -> Measure.of(c.measure()).map(Enum::ordinal).orElse(Measure.values().length))
            .thenComparingDouble(c -> Measure.chainOutput(c.measure()).isPresent() ? -c.figure() : 0)
            .thenComparing(TargetCard::id);

    private static int groupOrder(String group) {
        int i = GROUPS.indexOf(group);
        return i < 0 ? GROUPS.size() : i;
    }
}
