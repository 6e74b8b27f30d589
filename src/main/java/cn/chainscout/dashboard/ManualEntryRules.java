package cn.chainscout.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a hand-entered value passes before it is written; plain rules, no graph. */
final class ManualEntryRules {

    static final int SOURCE_MAX_LENGTH = 200;

    /** @return every problem at once (empty when the entry is fine), so the form shows them together */
    static List<EntryProblem> check(ManualEntry entry, String unit, LocalDate today) {
        List<EntryProblem> problems = new ArrayList<>();
        Double value = entry.value();
        if (value == null) {
            problems.add(new EntryProblem("value", "dashboard.error.valueRequired", List.of()));
        } else if (value.isNaN() || value.isInfinite() || value < 0) {
            problems.add(new EntryProblem("value", "dashboard.error.valueNegative", List.of()));
        } else if ("%".equals(unit) && value > 100) {
            problems.add(new EntryProblem("value", "dashboard.error.percentOver100", List.of()));
        }
        if (entry.asOf() == null) {
            problems.add(new EntryProblem("asOf", "dashboard.error.dateRequired", List.of()));
        } else if (entry.asOf().isAfter(today)) {
            problems.add(new EntryProblem("asOf", "dashboard.error.dateInFuture", List.of(today.toString())));
        }
        String source = entry.source() == null ? "" : entry.source().strip();
        if (source.isEmpty()) {
            problems.add(new EntryProblem("source", "dashboard.error.sourceRequired", List.of()));
        } else if (source.length() > SOURCE_MAX_LENGTH) {
            problems.add(new EntryProblem("source", "dashboard.error.sourceTooLong", List.of(SOURCE_MAX_LENGTH)));
        }
        return problems;
    }

    private ManualEntryRules() {
    }
}
