package cn.chainscout.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.Roles;
import cn.chainscout.common.Commands;
import cn.chainscout.common.UserError;
import cn.chainscout.common.i18n.Messages;
import cn.chainscout.common.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 招商项目: a signed project's figures, its own stages 签约 → 开工 → 投产, the 亩均 check and the
 * counts against the plan's size bands. A project is created by signing its lead (the pipeline).
 */
@Service
@Roles.Read
@Transactional(readOnly = true)
public class ProjectService {

    public static final int MAX_NAME = 100;
    /** Dates are the district's days (a sign date defaults to today in China). */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /**
     * The plan's size bands (望政办函〔2022〕34号 三 and 四.4), each "at least" (以上/过亿 read as ≥) and
     * cumulative: a 120 亿元 project counts in every band.
     */
    public static final List<Map<String, Object>> BANDS = List.of(
            Map.of("measure", "signed-projects-100yi", "minYi", 100.0),
            Map.of("measure", "signed-projects-50yi", "minYi", 50.0),
            Map.of("measure", "signed-projects-10yi", "minYi", 10.0),
            Map.of("measure", "projects-over-1yi", "minYi", 1.0));

    /** 累计签约 and 引进 both count a project from signing on: started and producing ones stay signed. */
    public static final List<ProjectStage> COUNTED = List.of(ProjectStage.SIGNED, ProjectStage.STARTED, ProjectStage.PRODUCING);

    private final ProjectQueries queries;
    private final MuBarProperties bar;
    private final CurrentUser user;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Messages messages;

    ProjectService(ProjectQueries queries, MuBarProperties bar, CurrentUser user, ApplicationEventPublisher events,
                   AuditTrail audit, Messages messages) {
        this.messages = messages;
        this.queries = queries;
        this.bar = bar;
        this.user = user;
        this.events = events;
        this.audit = audit;
    }

    public MuBarProperties bar() {
        return bar;
    }

    /** The signing form's figures, checked: the record's constraints (amounts positive, a sign date, a name of sensible length). */
    public static void validate(ProjectFigures f) {
        Commands.check(f);
        finite("investmentYi", f.investmentYi());
        finite("landMu", f.landMu());
        finite("annualOutputYi", f.annualOutputYi());
        finite("annualTaxWan", f.annualTaxWan());
    }

    // NaN and infinity pass @Positive's reading of a double; no real amount is either
    private static void finite(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw UserError.inField(field, "project.error.positive", field);
        }
    }

    /** The 亩均 check of figures not yet saved (the signing form shows it as the user types). */
    public MuCheck check(ProjectFigures f) {
        validate(f);
        return MuCheck.of(f.investmentYi(), f.landMu(), f.annualOutputYi(), f.annualTaxWan(), bar);
    }

    /** Creates the project of a lead being signed; runs inside the pipeline's signing transaction. */
    @Roles.Analyst
    @Transactional
    public String create(String leadId, String companyName, ProjectFigures f) {
        return create(leadId, companyName, null, f);
    }

    /**
     * As above; a project given no name is named after its company in the language of the request that signs it
     * (Chinese where there is none): 蓝思科技项目, or Lens Technology project.
     */
    @Roles.Analyst
    @Transactional
    public String create(String leadId, String companyName, String companyNameEn, ProjectFigures f) {
        validate(f);
        java.util.Locale locale = LocaleContextHolder.getLocaleContext() == null ? Messages.CHINESE : LocaleContextHolder.getLocale();
        String name = f.name() == null || f.name().isBlank()
                ? messages.get("project.defaultName", locale, Messages.name(locale, companyName, companyNameEn))
                : f.name().strip();
        String id = queries.create("project-" + UUID.randomUUID(), leadId, f, name, user.name());
        audit.record("project.create", "Project", id, "", String.format(java.util.Locale.ROOT,
                "lead=%s; investmentYi=%s; landMu=%s; annualOutputYi=%s; annualTaxWan=%s; signedOn=%s",
                leadId, f.investmentYi(), f.landMu(), f.annualOutputYi(), f.annualTaxWan(), f.signedOn()));
        return id;
    }

    public Optional<Project> project(String id) {
        return queries.one(id).map(this::withCheck);
    }

    public Optional<Project> projectOfLead(String leadId) {
        return queries.ofLead(leadId).map(this::withCheck);
    }

    public List<Project> projects() {
        return queries.all().stream().map(this::withCheck).toList();
    }

    /**
     * Moves a project one stage on (签约 → 开工 → 投产) with the day it happened. A stale version
     * changes nothing; the lead's history and, at 投产, its
     * landing follow in the same transaction (the pipeline hears {@link ProjectStageChanged}).
     */
    @Roles.Analyst
    @Transactional
    public Project advance(String id, long expectedVersion, ProjectStage to, LocalDate on) {
        String actor = user.name();
        ProjectQueries.Locked now = queries.lock(id, actor).orElseThrow(() -> new UserError("project.error.notFound", id));
        if (now.version() != expectedVersion) {
            throw new UserError("project.error.stale", now.updatedBy() == null ? "?" : now.updatedBy());
        }
        if (to == null || now.stage().next() != to) {
            throw new UserError("project.error.move", cn.chainscout.common.i18n.Messages.word("project.stage." + now.stage().name()),
                    to == null ? "" : cn.chainscout.common.i18n.Messages.word("project.stage." + to.name()));
        }
        if (on == null) {
            throw new UserError("project.error.required", to == ProjectStage.STARTED ? "startedOn" : "producingOn");
        }
        if (to == ProjectStage.STARTED && on.isBefore(now.signedOn())) {
            throw new UserError("project.error.startBeforeSign", on, now.signedOn());
        }
        if (to == ProjectStage.PRODUCING && on.isBefore(now.startedOn())) {
            throw new UserError("project.error.productionBeforeStart", on, now.startedOn());
        }
        String leadId = queries.advance(id, to, on, actor);
        audit.record("project.stage", "Project", id, "stage=" + now.stage().name(), "stage=" + to.name() + "; on=" + on);
        events.publishEvent(new ProjectStageChanged(id, leadId, now.stage(), to));
        return project(id).orElseThrow();
    }

    /** Projects per plan band, counting the stages in {@link #COUNTED}. */
    public List<BandCount> bandCounts() {
        return queries.bands(BANDS, COUNTED.stream().map(Enum::name).toList());
    }

    private Project withCheck(ProjectQueries.Row r) {
        return new Project(r.id(), r.name(), r.leadId(), r.companyId(), r.companyName(), r.companyNameEn(),
                r.investmentYi(), r.landMu(), r.annualOutputYi(), r.annualTaxWan(), r.signedOn(), r.startedOn(),
                r.producingOn(), r.stage(), r.version(), r.createdBy(),
                MuCheck.of(r.investmentYi(), r.landMu(), r.annualOutputYi(), r.annualTaxWan(), bar));
    }
}
