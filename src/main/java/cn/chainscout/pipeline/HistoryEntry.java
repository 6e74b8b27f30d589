package cn.chainscout.pipeline;

import java.time.ZonedDateTime;

/**
 * One recorded change of a lead: who, when, which field, from → to.
 *
 * @param action CREATE, EDIT, MOVE, SIGN, LAND or PROJECT (the project's own stage)
 */
public record HistoryEntry(ZonedDateTime at, String actor, String action, String field, String from, String to) {
}
