package cn.chainscout.backtest;

/** A run as plain text: the per-chain figures, then each signing's ranks, then the notes. */
public final class BacktestReport {

    private BacktestReport() {
    }

    public static String text(BacktestRun run) {
        StringBuilder out = new StringBuilder();
        out.append("Backtest ").append(run.name()).append(" (").append(run.id()).append("), lists as of: ")
                .append(run.asOfRule()).append('\n');
        out.append("chain\tkind\tsignings\tknown\thit@20\thit@50\thit@50 of known\n");
        for (BacktestRun.Summary s : run.summaries()) {
            out.append(s.chainId()).append('\t').append(s.expansion() ? "expansion" : "new").append('\t').append(s.signings())
                    .append('\t').append(s.known()).append('\t').append(s.hit20()).append('\t').append(s.hit50())
                    .append('\t').append(Math.round(s.hit50OfKnown() * 100)).append("%\n");
        }
        out.append("\nrow\tcompany\tdate\tas of\tchain\tsegment\tbusiness\texpansion\tbest\n");
        for (BacktestRun.Result r : run.results()) {
            out.append(r.row()).append('\t').append(r.company()).append(r.known() ? "" : " (not in graph)").append('\t')
                    .append(r.date()).append('\t').append(r.asOf()).append('\t').append(n(r.chainRank())).append('\t')
                    .append(n(r.segmentRank())).append('\t').append(n(r.businessRank())).append('\t')
                    .append(n(r.expansionRank())).append('\t').append(n(r.best()))
                    .append(r.matchedThrough() == null ? "" : "\tmatched through its group " + r.matchedThrough()).append('\n');
        }
        if (!run.notes().isEmpty()) {
            out.append("\nnotes:\n");
            run.notes().forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static String n(Integer rank) {
        return rank == null ? "-" : rank.toString();
    }
}
