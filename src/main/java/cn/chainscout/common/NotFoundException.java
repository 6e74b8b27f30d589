package cn.chainscout.common;

/** An id that names nothing in the graph; the REST layer answers 404 with this message. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, String id) {
        super(Kind.NOT_FOUND, Problem.of(null, "problem.notFound", what, id));
    }
}
