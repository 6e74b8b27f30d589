package cn.chainscout.audit;

import java.time.ZonedDateTime;

/**
 * One recorded change: who, when, what, and the entity before and after (short text, often JSON).
 *
 * @param action     what was done, e.g. {@code user.create}, {@code pipeline.stage}, {@code backup.restore}
 * @param entityKind the kind of thing changed, e.g. {@code User}, {@code Lead}, {@code Project}, {@code Graph}
 */
public record AuditEntry(String id, ZonedDateTime at, String actor, String action, String entityKind, String entityId,
                         String before, String after) {
}
