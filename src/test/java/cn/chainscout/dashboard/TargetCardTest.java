package cn.chainscout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Progress and "met" for counts and for ranks (lower is better). */
class TargetCardTest {

    private static TargetCard card(double figure, Double value, boolean lowerIsBetter) {
        return new TargetCard("t", "十", "名", null, figure, "家", 2026, "manual", TargetCard.Origin.MANUAL, value,
                null, null, null, null, List.of(), lowerIsBetter, null);
    }

    @Test
    void aCountIsMetAtItsFigure() {
        assertThat(card(10, 2.0, false).progress()).isEqualTo(0.2);
        assertThat(card(10, 2.0, false).met()).isFalse();
        assertThat(card(10, 12.0, false).progress()).isEqualTo(1.0);
        assertThat(card(10, 10.0, false).met()).isTrue();
        assertThat(card(10, null, false).progress()).isNull();
    }

    @Test
    void aRankIsMetAtOrBelowItsFigure() {
        assertThat(card(5, 10.0, true).progress()).isEqualTo(0.5);
        assertThat(card(5, 10.0, true).met()).isFalse();
        assertThat(card(5, 3.0, true).met()).isTrue();
        assertThat(card(5, 3.0, true).progress()).isEqualTo(1.0);
    }
}
