package cn.chainscout.pipeline;

import static cn.chainscout.pipeline.LeadStage.CONTACTED;
import static cn.chainscout.pipeline.LeadStage.DROPPED;
import static cn.chainscout.pipeline.LeadStage.IDENTIFIED;
import static cn.chainscout.pipeline.LeadStage.LANDED;
import static cn.chainscout.pipeline.LeadStage.NEGOTIATING;
import static cn.chainscout.pipeline.LeadStage.SIGNED;
import static cn.chainscout.pipeline.LeadStage.VISITING;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of allowed stage moves (documented in docs/pipeline.md). A move is made by hand, by
 * the signing form (it creates the project) or follows the project reaching 投产.
 */
public final class StageMoves {

    /** How a move is made. */
    public enum How { BY_HAND, SIGNING_FORM, PROJECT_PRODUCING }

    public record Move(LeadStage from, LeadStage to, How how) {
    }

    public static final List<Move> MOVES = List.of(
            new Move(IDENTIFIED, CONTACTED, How.BY_HAND),
            new Move(IDENTIFIED, DROPPED, How.BY_HAND),
            new Move(CONTACTED, VISITING, How.BY_HAND),
            new Move(CONTACTED, NEGOTIATING, How.BY_HAND),
            new Move(CONTACTED, IDENTIFIED, How.BY_HAND),
            new Move(CONTACTED, DROPPED, How.BY_HAND),
            new Move(VISITING, NEGOTIATING, How.BY_HAND),
            new Move(VISITING, CONTACTED, How.BY_HAND),
            new Move(VISITING, DROPPED, How.BY_HAND),
            new Move(NEGOTIATING, SIGNED, How.SIGNING_FORM),
            new Move(NEGOTIATING, VISITING, How.BY_HAND),
            new Move(NEGOTIATING, DROPPED, How.BY_HAND),
            new Move(SIGNED, LANDED, How.PROJECT_PRODUCING),
            new Move(DROPPED, IDENTIFIED, How.BY_HAND));

    private static final Map<LeadStage, List<Move>> FROM = new EnumMap<>(LeadStage.class);

    static {
        for (LeadStage stage : LeadStage.values()) {
            FROM.put(stage, MOVES.stream().filter(m -> m.from() == stage).toList());
        }
    }

    /** The moves out of a stage, in table order. */
    public static List<Move> from(LeadStage stage) {
        return FROM.get(stage);
    }

    public static Optional<Move> find(LeadStage from, LeadStage to) {
        return FROM.get(from).stream().filter(m -> m.to() == to).findFirst();
    }

    private StageMoves() {
    }
}
