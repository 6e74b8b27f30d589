package cn.chainscout.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import cn.chainscout.common.UserError;
import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.project.ProjectFigures;
import cn.chainscout.project.ProjectStageChanged;
import cn.chainscout.project.ProjectService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 项目推进: leads from the shortlist (加入备选) or by hand (定向招商), worked through the stages of
 * {@link StageMoves} by an owner and a responsible unit, every change in the lead's history. Each
 * change names the version it was made on: a stale one changes nothing ({@code pipeline.error.stale}).
 */
@Service
@Roles.Read
@Transactional(readOnly = true)
public class PipelineService {

    public static final int MAX_REASON = 500;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_SHORT = 100;
    public static final int MAX_NEXT_STEP = 200;
    /** Dates are the district's days: a next step is overdue from the day after its date in China. */
    public static final ZoneId ZONE = ProjectService.ZONE;

    private final PipelineQueries queries;
    private final ProjectService projects;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final String district;
    private final Clock clock;
    private final cn.chainscout.common.i18n.Messages messages;

    PipelineService(PipelineQueries queries, ProjectService projects, CurrentUser user, AuditTrail audit,
                    cn.chainscout.common.config.DistrictProperties settings, Clock clock,
                    cn.chainscout.common.i18n.Messages messages) {
        this.clock = clock;
        this.messages = messages;
        this.queries = queries;
        this.projects = projects;
        this.user = user;
        this.audit = audit;
        this.district = settings.district();
    }

    /** 加入备选 or 定向招商: a new lead at 已识别, or the open lead that already has this target and reason. */
    @Roles.Analyst
    @Transactional
    public Shortlisted add(NewLead lead) {
        if (lead == null || lead.kind() == null) {
            throw UserError.inField("kind", "pipeline.error.required", "kind");
        }
        String reason = text("reason", lead.reason(), MAX_REASON, true);
        if (lead.companyId() == null || lead.companyId().isBlank()) {
            throw UserError.inField("company", "pipeline.error.required", "company");
        }
        Map<String, Boolean> known = queries.known(lead);
        for (String what : List.of("company", "segment", "via", "chain")) {
            if (!known.get(what)) {
                throw new UserError("pipeline.error.unknown." + what, switch (what) {
                    case "company" -> lead.companyId();
                    case "segment" -> lead.segmentId();
                    case "via" -> lead.viaId();
                    default -> lead.chainId();
                });
            }
        }
        if (lead.kind() != LeadKind.DIRECTED) {
            // 加入备选 of a company already being worked finds its lead: one open lead per company on the board
            // (定向招商 is a deliberate second approach, entered by hand with its own reason)
            String open = queries.openLeadsByCompany(lead.companyId()).get(lead.companyId());
            if (open != null) {
                return new Shortlisted(open, false);
            }
        }
        String actor = user.name();
        NewLead clean = new NewLead(lead.kind(), lead.companyId(), blankToNull(lead.segmentId()), blankToNull(lead.viaId()),
                blankToNull(lead.chainId()), lead.kind() == LeadKind.DIRECTED ? null : lead.score(), reason);
        Shortlisted done = queries.add("lead-" + UUID.randomUUID(), reasonKey(clean), clean, actor,
                clean.kind().zh() + ", entered by " + actor);
        if (done.created()) {
            audit.record("pipeline.add", "Lead", done.leadId(), "", clean.kind().name() + " " + clean.companyId() + ": " + reason);
        }
        return done;
    }

    /** The same target for the same reason: kind, company, and the gap or the local firm it goes through. */
    static String reasonKey(NewLead l) {
        String why = l.segmentId() != null ? l.segmentId() : l.viaId() != null ? l.viaId() : "";
        return l.kind().name() + "|" + l.companyId() + "|" + why;
    }

    /** Company id → the id of its open lead: the lists mark these companies 「已在备选中」 with a link. */
    public Map<String, String> openLeadsByCompany() {
        return queries.openLeadsByCompany(null);
    }

    public List<LeadCard> leads(LeadFilter filter) {
        LeadFilter f = filter == null ? LeadFilter.ALL : new LeadFilter(blankToNull(filter.unit()), blankToNull(filter.owner()),
                blankToNull(filter.chainId()), filter.stage(), filter.overdueOnly());
        return queries.list(f, today());
    }

    public Optional<LeadDetails> lead(String id) {
        return queries.one(id, today()).map(card -> new LeadDetails(card, queries.history(id),
                card.projectId() == null ? null : projects.projectOfLead(id).orElse(null)));
    }

    /** The leads that target a company, open ones first, each with its history (for the company portrait). */
    public CompanyLeads leadsOfCompany(String companyId) {
        List<CompanyLeads.Entry> entries = queries.ofCompany(companyId, today()).stream()
                .sorted((a, b) -> Boolean.compare(!a.stage().open(), !b.stage().open()))
                .map(card -> new CompanyLeads.Entry(card, queries.history(card.id()))).toList();
        return new CompanyLeads(entries);
    }

    /** Saves the form's fields; returns the new version. Unchanged fields leave no history. */
    @Roles.Analyst
    @Transactional
    public long update(String id, long expectedVersion, LeadEdit edit) {
        String owner = text("owner", edit.owner(), MAX_SHORT, false);
        String unit = text("unit", edit.unit(), MAX_SHORT, false);
        String nextStep = text("nextStep", edit.nextStep(), MAX_NEXT_STEP, false);
        String notes = text("notes", edit.notes(), MAX_NOTES, false);
        if (unit != null && units().stream().noneMatch(u -> u.name().equals(unit))) {
            throw UserError.inField("unit", "pipeline.error.unknown.unit", unit);
        }
        String actor = user.name();
        LeadCard now = lockCurrent(id, expectedVersion, actor);
        Map<String, Object> props = new HashMap<>();
        List<Map<String, Object>> events = new ArrayList<>();
        change(props, events, "EDIT", "owner", now.owner(), owner);
        change(props, events, "EDIT", "unit", now.unit(), unit);
        change(props, events, "EDIT", "nextStep", now.nextStep(), nextStep);
        change(props, events, "EDIT", "nextStepDate", now.nextStepDate(), edit.nextStepDate());
        change(props, events, "EDIT", "notes", now.notes(), notes);
        if (events.isEmpty()) {
            return now.version();
        }
        return write(id, props, events, actor);
    }

    /**
     * A stage move by hand; 已放弃 needs a reason. Signing goes through {@link #sign} (it creates the
     * project) and 已落地 follows the project reaching 投产.
     */
    @Roles.Analyst
    @Transactional
    public long move(String id, long expectedVersion, LeadStage to, String dropReason) {
        String actor = user.name();
        LeadCard now = lockCurrent(id, expectedVersion, actor);
        StageMoves.Move move = allowed(now.stage(), to);
        if (move.how() == StageMoves.How.SIGNING_FORM) {
            throw new UserError("pipeline.error.signWithForm");
        }
        if (move.how() == StageMoves.How.PROJECT_PRODUCING) {
            throw new UserError("pipeline.error.landByProject");
        }
        Map<String, Object> props = new HashMap<>();
        List<Map<String, Object>> events = new ArrayList<>();
        change(props, events, "MOVE", "stage", now.stage().name(), to.name());
        if (to == LeadStage.DROPPED) {
            String reason = text("dropReason", dropReason, MAX_REASON, true);
            change(props, events, "MOVE", "dropReason", now.dropReason(), reason);
            props.put("openKey", null);
        }
        if (now.stage() == LeadStage.DROPPED) {
            // taken up again: it holds its target and reason unless another open lead took them meanwhile
            String key = reasonKey(new NewLead(now.kind(), now.companyId(), now.segmentId(), now.viaId(), null, null, null));
            queries.openWithKey(key).ifPresent(other -> {
                throw new UserError("pipeline.error.alreadyOpen", other);
            });
            props.put("openKey", key);
        }
        return write(id, props, events, actor);
    }

    /** 洽谈中 → 已签约 with the agreement's figures: the lead moves and its project is created, together. */
    @Roles.Analyst
    @Transactional
    public String sign(String id, long expectedVersion, ProjectFigures figures) {
        String actor = user.name();
        LeadCard now = lockCurrent(id, expectedVersion, actor);
        StageMoves.Move move = allowed(now.stage(), LeadStage.SIGNED);
        if (move.how() != StageMoves.How.SIGNING_FORM) {
            throw new UserError("pipeline.error.move", stageWord(now.stage()), stageWord(LeadStage.SIGNED), allowed(now.stage()));
        }
        ProjectService.validate(figures);
        Map<String, Object> props = new HashMap<>();
        List<Map<String, Object>> events = new ArrayList<>();
        change(props, events, "SIGN", "stage", now.stage().name(), LeadStage.SIGNED.name());
        write(id, props, events, actor);
        return projects.create(id, now.companyName(), now.companyNameEn(), figures);
    }

    /**
     * A project moved a stage on: its lead's history says so, so one page tells the whole story, and at
     * 投产 the lead, if signed, is now 已落地 (all in the project's transaction).
     */
    @Roles.Analyst
    @EventListener
    @Transactional
    public void onProjectStageChanged(ProjectStageChanged moved) {
        String actor = user.name();
        queries.recordProjectMove(moved.leadId(), moved.from().name(), moved.to().name(), actor);
        if (!moved.producing()) {
            return;
        }
        queries.lock(moved.leadId(), actor, today()).filter(l -> l.stage() == LeadStage.SIGNED).ifPresent(l -> {
            Map<String, Object> props = new HashMap<>();
            List<Map<String, Object>> events = new ArrayList<>();
            change(props, events, "LAND", "stage", l.stage().name(), LeadStage.LANDED.name());
            write(l.id(), props, events, actor);
        });
    }

    public List<Choice> units() {
        return queries.units(district);
    }

    public List<Choice> chains() {
        return queries.chains(district);
    }

    /** Companies for 定向招商, matched on Chinese or English name, alias or stock code; local firms first. */
    public List<Choice> findCompanies(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return queries.companies(text.strip(), Math.clamp(limit, 1, 50));
    }

    /** The 月调度 sheet in Chinese. */
    public byte[] exportXlsx(List<LeadCard> leads) {
        return exportXlsx(leads, cn.chainscout.common.i18n.Messages.CHINESE);
    }

    /** The 月调度 sheet in the page's language (an English page gets an English sheet). */
    public byte[] exportXlsx(List<LeadCard> leads, java.util.Locale locale) {
        Map<String, cn.chainscout.project.Project> signed = new java.util.HashMap<>();
        leads.stream().filter(l -> l.projectId() != null)
                .forEach(l -> projects.projectOfLead(l.id()).ifPresent(p -> signed.put(l.id(), p)));
        boolean english = cn.chainscout.common.i18n.Messages.isEnglish(locale);
        return PipelineExport.xlsx(leads, signed, queries.districtName(district, english), today(), messages, locale);
    }

    private LeadCard lockCurrent(String id, long expectedVersion, String actor) {
        LeadCard now = queries.lock(id, actor, today()).orElseThrow(() -> new UserError("pipeline.error.notFound", id));
        if (now.version() != expectedVersion) {
            throw new UserError("pipeline.error.stale", now.updatedBy());
        }
        return now;
    }

    private static StageMoves.Move allowed(LeadStage from, LeadStage to) {
        if (to == null) {
            throw UserError.inField("stage", "pipeline.error.required", "stage");
        }
        return StageMoves.find(from, to).orElseThrow(
                () -> new UserError("pipeline.error.move", stageWord(from), stageWord(to), allowed(from)));
    }

    /** The stages a lead may go to from {@code from}, worded in the reader's language when the refusal is read. */
    private static List<Object> allowed(LeadStage from) {
        return StageMoves.from(from).stream().map(m -> stageWord(m.to())).toList();
    }

    private static Object stageWord(LeadStage stage) {
        return cn.chainscout.common.i18n.Messages.word("pipeline.stage." + stage.name());
    }

    /** Writes the lead's changed fields with their history, and the same change into the audit trail. */
    private long write(String id, Map<String, Object> props, List<Map<String, Object>> events, String actor) {
        long version = queries.write(id, props, events, actor);
        audit.record("pipeline." + String.valueOf(events.getFirst().get("action")).toLowerCase(java.util.Locale.ROOT), "Lead", id,
                fields(events, "from"), fields(events, "to"));
        return version;
    }

    private static String fields(List<Map<String, Object>> events, String side) {
        return events.stream().map(e -> e.get("field") + "=" + e.get(side)).collect(java.util.stream.Collectors.joining("; "));
    }

    private static void change(Map<String, Object> props, List<Map<String, Object>> events, String action, String field,
                               Object from, Object to) {
        if (Objects.equals(from, to)) {
            return;
        }
        props.put(field, to);
        Map<String, Object> event = new HashMap<>();
        event.put("action", action);
        event.put("field", field);
        event.put("from", from == null ? null : from.toString());
        event.put("to", to == null ? null : to.toString());
        events.add(event);
    }

    private static String text(String field, String value, int max, boolean required) {
        String v = blankToNull(value);
        if (v == null && required) {
            throw UserError.inField(field, "pipeline.error.required", field);
        }
        if (v != null && v.length() > max) {
            throw UserError.inField(field, "pipeline.error.tooLong", field, max, v.length());
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
