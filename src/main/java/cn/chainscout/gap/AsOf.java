package cn.chainscout.gap;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.chainscout.common.graph.Local;

/**
 * The date the engines answer for: the graph as it was then. Firms that arrived later are not local,
 * ties, placements and list years that started later do not count. {@link #NOW} is today's graph,
 * every fact as stored. A fact with no date counts at any date (the seed says when it can).
 *
 * @param date null for now
 */
public record AsOf(LocalDate date) {

    public static final AsOf NOW = new AsOf(null);

    public static AsOf of(LocalDate date) {
        return date == null ? NOW : new AsOf(date);
    }

    public boolean now() {
        return date == null;
    }

    /** The year asked about: this year for now. */
    public int year() {
        return (date == null ? LocalDate.now() : date).getYear();
    }

    /**
     * Cypher parameters: {@code asOf} (ISO text, which compares with YYYY / YYYY-MM / YYYY-MM-DD arrival
     * dates as text, a bare year counting from its first day) and {@code asOfYear}; both null for now.
     */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("asOf", date == null ? null : date.toString());
        p.put("asOfYear", date == null ? null : (long) date.getYear());
        return p;
    }

    /** A LOCATED_IN relationship {@code l} that held at the date ({@link Local#held}). */
    public static String located(String l) {
        return Local.held(l);
    }

    /** A tie or placement {@code r} (integer years since / until) that held in the year. */
    public static String held(String r) {
        return "($asOfYear IS NULL OR ((" + r + ".since IS NULL OR " + r + ".since <= $asOfYear) AND ("
                + r + ".until IS NULL OR " + r + ".until >= $asOfYear)))";
    }

    /** Every relationship of path {@code p} held in the year. */
    public static String heldAll(String p) {
        return "all(rr IN relationships(" + p + ") WHERE " + held("rr") + ")";
    }

    /** {@code c} is a local firm of district {@code d} at the date ({@link Local#to}). */
    public static String localTo(String c, String d) {
        return Local.to(c, d);
    }
}
