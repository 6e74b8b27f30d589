package cn.chainscout.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The tables of a saved page, each as a grid of cell texts: colspan and rowspan are spread over the
 * cells they cover, nested tables (layout) are read on their own, navigation and ads outside tables are ignored.
 */
final class HtmlTableReader {

    static List<SourceTable> read(SourceFile file, TableReader bounds) {
        TextDecoder.Decoded decoded = TextDecoder.decode(file.bytes(), true);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ImportException("empty", file.name());
        }
        if (mhtml(text)) {
            throw new ImportException("mhtml", file.name());
        }
        if (!looksLikeHtml(text)) {
            throw new ImportException("notHtml", file.name());
        }
        Document page = Jsoup.parse(text);
        List<Element> tables = page.select("table");
        if (tables.isEmpty()) {
            throw new ImportException("noTable", file.name());
        }
        if (cutOff(text)) {
            throw new ImportException("truncatedHtml", file.name());
        }
        List<SourceTable> found = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            List<List<String>> grid = grid(tables.get(t), file.name(), "#" + (t + 1), bounds);
            SourceTable table = TableShape.of(file.name(), t, "#" + (t + 1), grid);
            if (table != null) {
                found.add(table);
            }
        }
        if (found.isEmpty()) {
            throw new ImportException("noTable", file.name());
        }
        return found;
    }

    /**
     * A page whose save or download was cut off: it ends inside a tag, or inside a table (a {@code <table>}
     * opened after the last {@code </table>}). {@code </html>}, {@code </body>} and {@code </tr>} may be left
     * out in HTML5, so their absence proves nothing.
     */
    static boolean cutOff(String text) {
        String lower = text.stripTrailing().toLowerCase(Locale.ROOT);
        if (lower.lastIndexOf('<') > lower.lastIndexOf('>')) {
            return true; // "…<td>京东集团</t"
        }
        int opened = lastTag(lower, "<table");
        return opened >= 0 && opened > lower.lastIndexOf("</table");
    }

    private static int lastTag(String lower, String tag) {
        int at = lower.length();
        while ((at = lower.lastIndexOf(tag, at - 1)) >= 0) {
            int next = at + tag.length();
            if (next >= lower.length() || !Character.isLetterOrDigit(lower.charAt(next))) {
                return at;
            }
        }
        return -1;
    }

    /** A browser's single-file archive (MIME, quoted-printable): not a page Jsoup reads. */
    static boolean mhtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        return head.startsWith("from:") || head.startsWith("mime-version:") || head.contains("content-type: multipart/related");
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 8192)).toLowerCase(Locale.ROOT);
        if (head.indexOf('\0') >= 0) {
            return false;
        }
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<table") || head.contains("<body");
    }

    /** Opening {@code <td} and {@code <th} tags, counted on the raw bytes (the same in UTF-8 and GBK), before decoding. */
    static long cellTags(byte[] bytes) {
        long n = 0;
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '<' && (bytes[i + 1] | 0x20) == 't') {
                int d = bytes[i + 2] | 0x20;
                int after = bytes[i + 3];
                if ((d == 'd' || d == 'h') && !Character.isLetterOrDigit(after)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static List<List<String>> grid(Element table, String file, String label, TableReader bounds) {
        long cellsSoFar = 0;
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> headerRows = new ArrayList<>(); // every cell a <th>, or the row in <thead>
        List<Boolean> spansDown = new ArrayList<>(); // a cell of the row covers the row below (rowspan)
        Map<Integer, Span> pending = new HashMap<>(); // column → a rowspan still covering it
        for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<String> row = new ArrayList<>();
            int col = 0;
            boolean down = false;
            Elements cells = tr.select("> th, > td");
            bounds.checkTime(file);
            for (Element cell : cells) {
                col = fillSpans(row, pending, col);
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                // spans are spread over the grid: bound the width before spreading, not after
                bounds.checkColumns(file, label, col + colspan);
                String text = cell.text().replace('\u00a0', ' ').strip();
                down |= rowspan > 1;
                for (int i = 0; i < colspan; i++) {
                    row.add(text);
                    if (rowspan > 1) {
                        pending.put(col, new Span(text, rowspan - 1));
                    }
                    col++;
                }
            }
            fillSpans(row, pending, col);
            bounds.checkColumns(file, label, row.size());
            cellsSoFar += row.size();
            bounds.checkCells(file, cellsSoFar);
            if (!row.isEmpty()) {
                rows.add(row);
                headerRows.add(!cells.isEmpty() && (tr.parent() != null && tr.parent().nameIs("thead")
                        || cells.stream().allMatch(c -> c.nameIs("th"))));
                spansDown.add(down);
            }
        }
        return mergeHeaderRows(rows, headerRows, spansDown);
    }

    /**
     * A header over two rows ("营业收入" with rowspan/colspan above "2025年（万元）" and "增长率") is one header:
     * each column's texts joined ("营业收入 2025年（万元）"), so the lower row is not read as data.
     */
    private static List<List<String>> mergeHeaderRows(List<List<String>> rows, List<Boolean> header, List<Boolean> spansDown) {
        for (int i = 0; i < Math.min(rows.size() - 1, 5); i++) {
            List<String> top = rows.get(i);
            boolean title = top.stream().distinct().count() == 1; // a title spanning the table stays apart
            if (!header.get(i) || title || !spansDown.get(i)) {
                continue;
            }
            int last = i;
            while (last + 1 < rows.size() && header.get(last + 1) && spansDown.get(last)
                    && rows.get(last + 1).size() == top.size()) {
                last++;
            }
            if (last == i) {
                continue;
            }
            List<String> merged = new ArrayList<>();
            for (int c = 0; c < top.size(); c++) {
                java.util.LinkedHashSet<String> texts = new java.util.LinkedHashSet<>();
                for (int r = i; r <= last; r++) {
                    if (!rows.get(r).get(c).isBlank()) {
                        texts.add(rows.get(r).get(c));
                    }
                }
                merged.add(String.join(" ", texts));
            }
            List<List<String>> out = new ArrayList<>(rows.subList(0, i));
            out.add(merged);
            out.addAll(rows.subList(last + 1, rows.size()));
            return out;
        }
        return rows;
    }

    private record Span(String text, int rowsLeft) {
    }

    private static int fillSpans(List<String> row, Map<Integer, Span> pending, int col) {
        while (pending.containsKey(col)) {
            Span span = pending.get(col);
            row.add(span.text());
            if (span.rowsLeft() <= 1) {
                pending.remove(col);
            } else {
                pending.put(col, new Span(span.text(), span.rowsLeft() - 1));
            }
            col++;
        }
        return col;
    }

    private static int span(String attribute) {
        try {
            return Math.clamp(Integer.parseInt(attribute.strip()), 1, 100);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private HtmlTableReader() {
    }
}
