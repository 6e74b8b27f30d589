package cn.chainscout.common;

/** An id that names nothing in the graph; the REST layer answers 404 with this message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " with id '" + id + "'");
    }
}
