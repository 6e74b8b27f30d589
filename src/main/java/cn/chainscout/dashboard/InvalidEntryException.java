package cn.chainscout.dashboard;

import java.util.List;

/** A manual entry was refused; nothing was written. */
public class InvalidEntryException extends RuntimeException {

    private final transient List<EntryProblem> problems;

    InvalidEntryException(List<EntryProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<EntryProblem> problems() {
        return problems;
    }
}
