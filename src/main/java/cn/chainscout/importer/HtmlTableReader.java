package cn.chainscout.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The tables of a saved page, each as a grid of cell texts: colspan and rowspan are spread over the
 * cells they cover, nested tables (layout) are read on their own, navigation and ads outside tables are ignored.
 */
final class HtmlTableReader {

    static List<SourceTable> read(SourceFile file) {
        TextDecoder.Decoded decoded = TextDecoder.decode(file.bytes(), true);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ImportException("empty", file.name());
        }
        if (!looksLikeHtml(text)) {
            throw new ImportException("notHtml", file.name());
        }
        Document page = Jsoup.parse(text);
        List<Element> tables = page.select("table");
        if (tables.isEmpty()) {
            throw new ImportException("noTable", file.name());
        }
        // a page saved whole ends with </html>; without it the download or save was cut off
        if (!text.toLowerCase(Locale.ROOT).contains("</html>")) {
            throw new ImportException("truncatedHtml", file.name());
        }
        List<SourceTable> found = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            List<List<String>> grid = grid(tables.get(t));
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

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 8192)).toLowerCase(Locale.ROOT);
        if (head.indexOf('\0') >= 0) {
            return false;
        }
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<table") || head.contains("<body");
    }

    private static List<List<String>> grid(Element table) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, Span> pending = new HashMap<>(); // column → a rowspan still covering it
        for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element cell : tr.select("> th, > td")) {
                col = fillSpans(row, pending, col);
                String text = cell.text().replace('\u00a0', ' ').strip();
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                for (int i = 0; i < colspan; i++) {
                    row.add(text);
                    if (rowspan > 1) {
                        pending.put(col, new Span(text, rowspan - 1));
                    }
                    col++;
                }
            }
            fillSpans(row, pending, col);
            if (!row.isEmpty()) {
                rows.add(row);
            }
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
