package cn.chainscout.seed;

import java.util.List;
import java.util.stream.Collectors;

/** The seed is invalid; nothing was written. Lists every problem found (up to a limit). */
public class SeedException extends RuntimeException {

    private final List<SeedProblem> problems;

    public SeedException(List<SeedProblem> problems) {
        super("Invalid seed, nothing was written (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SeedProblem> problems() {
        return problems;
    }
}
