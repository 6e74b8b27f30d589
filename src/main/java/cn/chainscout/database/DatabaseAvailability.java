package cn.chainscout.database;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells "the database cannot be reached right now" apart from other failures, whatever Spring wrapped
 * it in; pages and the API then say so plainly (and the driver reconnects by itself once it is back).
 */
public final class DatabaseAvailability {

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    private DatabaseAvailability() {
    }
}
