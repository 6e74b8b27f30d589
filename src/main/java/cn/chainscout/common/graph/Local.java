package cn.chainscout.common.graph;

/**
 * "Local to the district", written once for every feature's Cypher: a company is local when it is
 * LOCATED_IN a park that is IN the district; at a past date only while that placement held
 * ({@code $asOf}, ISO text; null for now). The *Queries classes compose these fragments.
 */
public final class Local {

    /**
     * The placement path {@code (c)-[l:LOCATED_IN]->(p:Park)-[:IN]->(d)}. Each argument is the text inside its
     * brackets (a variable, labels, a property map; {@code ""} for none); a null district ends the path at the park.
     */
    public static String path(String company, String located, String park, String district) {
        return "(" + company + ")-[" + located + ":LOCATED_IN]->(" + park + ":Park)"
                + (district == null ? "" : "-[:IN]->(" + district + ")");
    }

    /** The placement {@code l} held at {@code $asOf} (always true for now). */
    public static String held(String l) {
        return "($asOf IS NULL OR ((" + l + ".sinceDate IS NULL OR " + l + ".sinceDate <= $asOf) AND ("
                + l + ".until IS NULL OR " + l + ".until > $asOf)))";
    }

    /** {@code c} is a local firm of district {@code d} at {@code $asOf}. */
    public static String to(String company, String district) {
        return "EXISTS { MATCH " + path(company, "lx", "", district) + " WHERE " + held("lx") + " }";
    }

    /** {@code c} is placed in a park of any district (today's graph): a local firm somewhere. */
    public static String anywhere(String company) {
        return "EXISTS { " + path(company, "", "", null) + " }";
    }

    private Local() {
    }
}
