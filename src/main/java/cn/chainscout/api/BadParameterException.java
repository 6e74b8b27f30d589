package cn.chainscout.api;

/** A request parameter that is missing or has a value the API does not accept: 400. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
