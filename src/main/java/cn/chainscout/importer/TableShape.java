package cn.chainscout.importer;

import java.util.ArrayList;
import java.util.List;

/** Turns a grid of cell texts into header + data rows, the way list pages lay them out. */
final class TableShape {

    private static final int HEADER_SEARCH_ROWS = 5;

    /**
     * The header is the row among the first few that names most fields (a title row above it is
     * skipped); repeated headers, empty rows and rows spanning the whole table (ads, sub-titles) are left out.
     *
     * @return null for a grid with no data row (a layout table)
     */
    static SourceTable of(String file, int index, String label, List<List<String>> grid) {
        if (grid.size() < 2) {
            return null;
        }
        int headerAt = 0;
        int best = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, grid.size() - 1); i++) {
            int score = HeaderWords.score(grid.get(i));
            if (score > best) {
                best = score;
                headerAt = i;
            }
        }
        List<String> header = grid.get(headerAt);
        List<SourceTable.Row> rows = new ArrayList<>();
        for (int i = headerAt + 1; i < grid.size(); i++) {
            List<String> cells = grid.get(i);
            if (cells.stream().allMatch(String::isBlank) || cells.equals(header) || spansWholeRow(cells, header.size())) {
                continue;
            }
            rows.add(new SourceTable.Row(i + 1, List.copyOf(cells)));
        }
        return rows.isEmpty() ? null : new SourceTable(file, index, label, List.copyOf(header), rows, HeaderWords.score(header));
    }

    private static boolean spansWholeRow(List<String> cells, int width) {
        return width > 2 && cells.size() >= width && cells.stream().distinct().count() == 1;
    }

    private TableShape() {
    }
}
