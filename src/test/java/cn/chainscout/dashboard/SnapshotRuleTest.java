package cn.chainscout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A measured value is recorded once a day at most, and only when it changed. */
class SnapshotRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);

    @Test
    void theFirstValueIsRecorded() {
        assertThat(SnapshotRule.decide(List.of(), 2, TODAY)).isEqualTo(SnapshotRule.Action.WRITE_TODAY);
    }

    @Test
    void anUnchangedValueIsNotRecordedAgain() {
        assertThat(SnapshotRule.decide(List.of(new TrendPoint(YESTERDAY, 2)), 2, TODAY)).isEqualTo(SnapshotRule.Action.KEEP);
        assertThat(SnapshotRule.decide(List.of(new TrendPoint(TODAY, 2)), 2, TODAY)).isEqualTo(SnapshotRule.Action.KEEP);
    }

    @Test
    void aChangeWritesTodaysPointAndAChangeBackRemovesIt() {
        assertThat(SnapshotRule.decide(List.of(new TrendPoint(YESTERDAY, 2)), 3, TODAY)).isEqualTo(SnapshotRule.Action.WRITE_TODAY);
        // a second change the same day overwrites today's point (one per day)
        assertThat(SnapshotRule.decide(List.of(new TrendPoint(TODAY, 3)), 4, TODAY)).isEqualTo(SnapshotRule.Action.WRITE_TODAY);
        assertThat(SnapshotRule.decide(List.of(new TrendPoint(YESTERDAY, 2), new TrendPoint(TODAY, 3)), 2, TODAY))
                .isEqualTo(SnapshotRule.Action.DELETE_TODAY);
    }
}
