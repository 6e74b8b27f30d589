package cn.chainscout.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; null or blank means "any". Dates are whole days, both ends
 * included, in the app's time zone.
 */
public record AuditFilter(String actor, String entityKind, String action, LocalDate from, LocalDate to) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null);
    }
}
