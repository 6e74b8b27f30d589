package cn.chainscout.importer;

import java.time.ZonedDateTime;
import java.util.List;

/** One import as the batches list shows it; status ACTIVE or ROLLED_BACK. */
public record ImportBatch(String id, String list, long year, String rankingId, List<String> files, String who,
        ZonedDateTime at, long rows, long ranked, long created, long aliases, String status, String rolledBackBy,
        ZonedDateTime rolledBackAt) {

    public static final String ACTIVE = "ACTIVE";
    public static final String ROLLED_BACK = "ROLLED_BACK";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
