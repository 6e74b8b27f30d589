package cn.chainscout.map;

/**
 * What the cluster map shows.
 *
 * @param chainId one chain only, or null for every chain of the district
 * @param parkId  only the local firms in this park (or a park inside it), or null for all
 */
public record MapFilter(String chainId, String parkId) {

    public static final MapFilter ALL = new MapFilter(null, null);
}
