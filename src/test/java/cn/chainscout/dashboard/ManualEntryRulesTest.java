package cn.chainscout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The checks on a hand-entered value, each naming its field. */
class ManualEntryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aNumberNotBelowZeroDatedTodayOrEarlierWithASourcePasses() {
        assertThat(ManualEntryRules.check(new ManualEntry(0.0, TODAY, "区统计局"), "家", TODAY)).isEmpty();
        assertThat(ManualEntryRules.check(new ManualEntry(1234.5, TODAY.minusYears(1), " 区统计局 "), "亿元", TODAY)).isEmpty();
    }

    @Test
    void everyProblemIsNamedWithItsField() {
        assertThat(ManualEntryRules.check(new ManualEntry(null, null, " "), "家", TODAY))
                .extracting(EntryProblem::field, EntryProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("value", "dashboard.error.valueRequired"),
                        org.assertj.core.groups.Tuple.tuple("asOf", "dashboard.error.dateRequired"),
                        org.assertj.core.groups.Tuple.tuple("source", "dashboard.error.sourceRequired"));
        assertThat(ManualEntryRules.check(new ManualEntry(-1.0, TODAY.plusDays(1), "x"), "家", TODAY))
                .extracting(EntryProblem::messageKey)
                .containsExactly("dashboard.error.valueNegative", "dashboard.error.dateInFuture");
        assertThat(ManualEntryRules.check(new ManualEntry(Double.NaN, TODAY, "x"), "家", TODAY))
                .extracting(EntryProblem::messageKey).containsExactly("dashboard.error.valueNegative");
    }

    @Test
    void aShareIsAtMostOneHundredPercentAndASourceHasAMaximumLength() {
        assertThat(ManualEntryRules.check(new ManualEntry(80.5, TODAY, "x"), "%", TODAY)).isEmpty();
        assertThat(ManualEntryRules.check(new ManualEntry(101.0, TODAY, "x"), "%", TODAY))
                .extracting(EntryProblem::messageKey).containsExactly("dashboard.error.percentOver100");
        assertThat(ManualEntryRules.check(new ManualEntry(101.0, TODAY, "x".repeat(201)), "家", TODAY))
                .extracting(EntryProblem::messageKey).containsExactly("dashboard.error.sourceTooLong");
    }
}
