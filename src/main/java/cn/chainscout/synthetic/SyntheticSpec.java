package cn.chainscout.synthetic;

/**
 * The size and shape of a generated graph. The same spec (seed included) always gives the same graph.
 *
 * @param companies       companies to generate
 * @param tiesPerCompany  SUPPLIES / INVESTS_IN / PARTNERS_WITH relationships per company, on average
 * @param chains          chains of the synthetic district
 * @param segmentsPerChain segments of each chain (real chains have tens; a province's have hundreds)
 * @param localFirms      companies located in the synthetic district's parks
 * @param hubs            companies that draw a large share of all ties (the first of them are local leading firms)
 * @param batchSize       rows per write transaction
 */
public record SyntheticSpec(long seed, int companies, double tiesPerCompany, int chains, int segmentsPerChain,
                            int localFirms, int hubs, int batchSize) {

    public SyntheticSpec {
        if (companies < 100) {
            throw new IllegalArgumentException("companies: at least 100, not " + companies);
        }
        if (tiesPerCompany < 0 || chains < 1 || segmentsPerChain < 2 || localFirms < 1 || hubs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("a synthetic graph needs ties ≥ 0, chains ≥ 1, segments ≥ 2, local firms, hubs and a batch size ≥ 1");
        }
        if (localFirms + hubs > companies) {
            throw new IllegalArgumentException("localFirms + hubs must not exceed companies");
        }
    }

    /** The shape used by the benchmark at a given size: 5 ties a company, 5 chains of 200 segments. */
    public static SyntheticSpec ofSize(int companies, long seed) {
        int localFirms = Math.clamp(companies / 200, 20, 2_000);
        return new SyntheticSpec(seed, companies, 5.0, 5, 200, localFirms, 50, 10_000);
    }

    public long expectedTies() {
        return Math.round(companies * tiesPerCompany);
    }
}
