package cn.chainscout.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The table of allowed moves, as a rule a person can check: forward one step, back one step, drop, reopen. */
class StageMovesTest {

    @Test
    void everyOpenStageCanBeDroppedAndADroppedLeadReopens() {
        for (LeadStage stage : LeadStage.values()) {
            if (stage.open()) {
                assertThat(StageMoves.find(stage, LeadStage.DROPPED)).as("%s → 已放弃", stage).isPresent();
            }
        }
        assertThat(StageMoves.from(LeadStage.DROPPED)).extracting(StageMoves.Move::to).containsExactly(LeadStage.IDENTIFIED);
    }

    @Test
    void signingNeedsTheFormLandingFollowsTheProjectAndLandedIsTheEnd() {
        assertThat(StageMoves.find(LeadStage.NEGOTIATING, LeadStage.SIGNED)).get()
                .extracting(StageMoves.Move::how).isEqualTo(StageMoves.How.SIGNING_FORM);
        assertThat(StageMoves.find(LeadStage.SIGNED, LeadStage.LANDED)).get()
                .extracting(StageMoves.Move::how).isEqualTo(StageMoves.How.PROJECT_PRODUCING);
        assertThat(StageMoves.from(LeadStage.LANDED)).isEmpty();
        // nothing reaches 已签约 or 已落地 but those two moves
        assertThat(StageMoves.MOVES).filteredOn(m -> m.to() == LeadStage.SIGNED || m.to() == LeadStage.LANDED).hasSize(2);
    }

    @Test
    void everyStageIsReachableFromIdentified() {
        Set<LeadStage> reached = EnumSet.of(LeadStage.IDENTIFIED);
        boolean grew = true;
        while (grew) {
            grew = StageMoves.MOVES.stream().filter(m -> reached.contains(m.from())).map(m -> reached.add(m.to()))
                    .reduce(false, Boolean::logicalOr);
        }
        assertThat(reached).containsExactlyInAnyOrder(LeadStage.values());
    }
}
