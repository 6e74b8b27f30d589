package cn.chainscout.backtest;

import java.util.List;

/** A signings file that cannot be used, with every problem by row and column; nothing was written. */
public class BacktestException extends RuntimeException {

    private final List<String> problems;

    public BacktestException(List<String> problems) {
        super("The signings file cannot be used:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
