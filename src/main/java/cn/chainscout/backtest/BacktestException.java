package cn.chainscout.backtest;

import java.util.List;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemException;

/**
 * A signings file that cannot be used, with every problem by row and column; nothing was written.
 * (The lines are English only: the backtest is an analyst's tool, docs/BACKTEST.md.)
 */
public class BacktestException extends ProblemException {

    public BacktestException(List<String> lines) {
        super(Kind.INVALID, lines.stream().map(line -> Problem.of("file", "backtest.error.line", line)).toList());
    }

    /** The problems as lines, by row and column. */
    public List<String> lines() {
        return problems().stream().map(p -> String.valueOf(p.args().getFirst())).toList();
    }
}
