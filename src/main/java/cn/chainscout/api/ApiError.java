package cn.chainscout.api;

/**
 * The JSON body of every 4xx answer of the REST API.
 *
 * @param parameter the request parameter at fault (400), null otherwise
 */
public record ApiError(int status, String error, String message, String parameter) {
}
