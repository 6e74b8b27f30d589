package cn.chainscout.lead;

/**
 * A real path from a local firm (VIA) to an outside company.
 *
 * @param hops       SUBSIDIARY_OF steps from the local firm up to the group company that holds the tie
 * @param length     relationships on the whole path
 * @param anchorName the company that holds the tie: the local firm itself or a parent of it
 * @param middleName the company in between for CO_SUPPLIER (the shared customer) and SIBLING (the shareholder)
 */
public record TieFact(String viaId, String viaName, String viaNameEn, String viaShort, String viaTier,
                      boolean viaLeading, String candidateId, TieKind kind, int hops, int length, boolean unverified,
                      String anchorName, String anchorNameEn, String middleName, String middleNameEn,
                      EvidencePath path) {
}
