package cn.chainscout.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * When a measured value is recorded for the trend: at most one snapshot per target and day, and
 * only when the value differs from the last one recorded, so the trend shows changes, not visits.
 */
final class SnapshotRule {

    enum Action { KEEP, WRITE_TODAY, DELETE_TODAY }

    /** @param snapshots the target's snapshots, oldest first */
    static Action decide(List<TrendPoint> snapshots, double value, LocalDate today) {
        if (snapshots.isEmpty()) {
            return Action.WRITE_TODAY;
        }
        TrendPoint last = snapshots.getLast();
        if (last.value() == value) {
            return Action.KEEP;
        }
        if (last.on().equals(today) && snapshots.size() > 1 && snapshots.get(snapshots.size() - 2).value() == value) {
            // back to the value of the day before: today's point would only repeat it
            return Action.DELETE_TODAY;
        }
        return Action.WRITE_TODAY;
    }

    private SnapshotRule() {
    }
}
