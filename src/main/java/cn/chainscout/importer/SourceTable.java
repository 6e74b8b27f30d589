package cn.chainscout.importer;

import java.util.List;

/**
 * A table found in a file: its header and data rows as text.
 *
 * @param index  the table's place in the file (0 = first table or sheet)
 * @param label  where it is, for the user ("表格 2" or the sheet name)
 * @param score  how much the header looks like a ranking (0 = not at all)
 */
public record SourceTable(String file, int index, String label, List<String> header, List<Row> rows, int score) {

    /** A data row with the line (CSV), row (sheet) or table row number a user can find. */
    public record Row(int line, List<String> cells) {
    }

    public boolean looksLikeRanking() {
        return HeaderWords.find(header, Field.RANK) >= 0 && HeaderWords.find(header, Field.NAME) >= 0;
    }

    /** Same header words: the same list continued on another saved page. */
    boolean sameShape(SourceTable other) {
        return header.equals(other.header);
    }
}
