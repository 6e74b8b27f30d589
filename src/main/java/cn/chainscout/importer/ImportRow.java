package cn.chainscout.importer;

/**
 * One row of a list as it will be stored.
 *
 * @param line    where it is in its file (table row, CSV line or sheet row), for messages
 * @param tied    the page marks the rank as shared (并列, =, T)
 * @param revenue in the ranking's unit, null when the list gives none
 */
public record ImportRow(String file, int line, long rank, boolean tied, String name, String nameEn, Double revenue,
        String region, String industry) {
}
