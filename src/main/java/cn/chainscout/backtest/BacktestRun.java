package cn.chainscout.backtest;

import java.util.List;

/**
 * A backtest as saved: for each signing its rank in the lists as they stood at the date asked, and
 * hit@20 / hit@50 per chain with new investors and expansions apart.
 *
 * @param asOfRule "one year before each signing" or the one date chosen (YYYY-MM-DD)
 * @param notes    rows the graph could not match (company, segment, local firm), by row and column
 */
public record BacktestRun(String id, String name, String createdAt, String createdBy, String asOfRule,
                          List<Result> results, List<Summary> summaries, List<String> notes) {

    /**
     * One signing's ranks (null: not in that list's top 200, or the list could not be asked).
     *
     * @param asOf         the date the lists were computed for
     * @param expansionRank its rank on the 二次招商 list (every signing: companies of the city and of groups present are only there)
     * @param best         the best of the ranks, null when none
     * @param matchedThrough the group the ranks are of when the signing entity was a plant not yet in the district
     *                     at the date (长沙比亚迪电子 → 比亚迪电子): its short name, null when matched itself
     */
    public record Result(int row, String company, String companyId, String date, String chainId, String segmentId,
                         String viaId, boolean expansion, boolean known, String asOf, Integer chainRank,
                         Integer segmentRank, Integer businessRank, Integer expansionRank, Integer best,
                         String matchedThrough) {
    }

    /**
     * Per chain (or "—" when the signing names none) and kind: how many signings, how many the graph
     * knows, and how many were in the top 20 / top 50 of a relevant list.
     */
    public record Summary(String chainId, boolean expansion, int signings, int known, int hit20, int hit50) {

        public double hit20Share() {
            return signings == 0 ? 0 : (double) hit20 / signings;
        }

        public double hit50Share() {
            return signings == 0 ? 0 : (double) hit50 / signings;
        }

        public double hit50OfKnown() {
            return known == 0 ? 0 : (double) hit50 / known;
        }
    }
}
