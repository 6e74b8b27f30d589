package cn.chainscout.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every change says who made it, when, and what was there before and after.
 * Features call {@link #record} inside their own write transaction, so the entry and the change
 * commit or roll back together. There is no way to change or delete an entry.
 */
@Service
public class AuditTrail {

    /** Longer before/after texts are cut here: the trail says what changed, it is not a copy store. */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_RESULTS = 500;

    private final AuditQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditQueries queries, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a change by the current user; joins the caller's transaction (or starts one).
     *
     * @param action     dotted name of what was done, e.g. {@code pipeline.stage}
     * @param entityKind the node label of what changed, e.g. {@code Lead}
     * @param before     the changed fields before (e.g. JSON), "" for a creation
     * @param after      the changed fields after, "" for a removal
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityKind, String entityId, String before, String after) {
        recordAs(currentUser.name(), action, entityKind, entityId, before, after);
    }

    /** As {@link #record}, naming the actor explicitly (a failed sign-in has no signed-in user). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String entityKind, String entityId, String before, String after) {
        queries.create(new AuditEntry(UUID.randomUUID().toString(), ZonedDateTime.now(clock),
                actor, action, entityKind, cut(entityId), cut(before), cut(after)));
    }

    /** The newest entries first that match the filter. */
    @Roles.Admin
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new IllegalArgumentException("The start date " + filter.from() + " is after the end date " + filter.to());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actor", blankToNull(filter.actor()));
        parameters.put("entityKind", blankToNull(filter.entityKind()));
        parameters.put("action", blankToNull(filter.action()));
        parameters.put("from", startOf(filter.from()));
        parameters.put("to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
        parameters.put("offset", Math.max(0, offset));
        parameters.put("limit", Math.clamp(limit, 1, MAX_RESULTS));
        return queries.search(parameters);
    }

    /** The entity kinds that occur in the trail, for a filter's choices. */
    @Roles.Admin
    @Transactional(readOnly = true)
    public List<String> kinds() {
        return queries.kinds();
    }

    private ZonedDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
    }
}
