package cn.chainscout.dashboard;

import java.util.List;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemException;

/** A manual entry was refused; nothing was written. */
public class InvalidEntryException extends ProblemException {

    InvalidEntryException(List<EntryProblem> problems) {
        super(Kind.INVALID, problems.stream().map(p -> new Problem(p.field(), p.messageKey(), p.arguments())).toList());
    }

}
