package cn.chainscout.importer;

import java.util.List;

/**
 * An import ready to commit: every row read and matched; nothing written yet.
 *
 * @param rankingExists the list-year is already in the graph (seeded or imported); rows already in it are unchanged
 * @param who           the user who prepared it, recorded on the batch
 */
public record ImportPlan(RankingList list, int year, String rankingId, boolean rankingExists, List<String> files,
        List<PlannedRow> rows, String who) {

    /** A row and the company it matched. */
    public record PlannedRow(int index, ImportRow row, CompanyMatcher.Match match) {
    }

    /** Rows a person must decide: match uncertain (normalised or similar name) or ambiguous. */
    public List<PlannedRow> uncertain() {
        return rows.stream().filter(r -> !r.match().certain() && r.match().how() != CompanyMatcher.How.NONE).toList();
    }

    /** Rows no company matched: each becomes a new company unless a person picks one. */
    public List<PlannedRow> unmatched() {
        return rows.stream().filter(r -> r.match().how() == CompanyMatcher.How.NONE).toList();
    }

    public String rankingLabel() {
        return list.name() + " " + year;
    }
}
