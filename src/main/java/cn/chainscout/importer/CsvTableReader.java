package cn.chainscout.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file as one table: encoding and delimiter (comma, semicolon or tab) found from the file itself. */
final class CsvTableReader {

    static List<SourceTable> read(SourceFile file, TableReader bounds) {
        String text = TextDecoder.decode(file.bytes(), false).text();
        if (text.isBlank()) {
            throw new ImportException("empty", file.name());
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportException("notTable", file.name());
        }
        char delimiter = delimiter(text);
        if (delimiter == 0) {
            String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            throw new ImportException("csvDelimiter", file.name(), first.length() > 80 ? first.substring(0, 80) + "…" : first);
        }
        List<List<String>> grid = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long line = 1;
            long cells = 0;
            for (CSVRecord record : parser) {
                bounds.checkColumns(file.name(), "CSV", record.size());
                cells += record.size();
                bounds.checkCells(file.name(), cells);
                if (grid.size() % 256 == 0) {
                    bounds.checkTime(file.name());
                }
                grid.add(record.toList());
                lines.add((int) line);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            // an unclosed quote: the file was cut off, or its quoting is broken
            throw new ImportException("csvBroken", file.name(), grid.size() + 1, rootMessage(e));
        }
        SourceTable table = TableShape.of(file.name(), 0, "CSV", grid);
        if (table == null) {
            throw new ImportException("noRows", file.name());
        }
        // TableShape numbers rows by record; a user finds them by line in an editor
        List<SourceTable.Row> rows = table.rows().stream()
                .map(r -> new SourceTable.Row(lines.get(r.line() - 1), r.cells())).toList();
        return List.of(new SourceTable(table.file(), 0, table.label(), table.header(), rows, table.score()));
    }

    /** The candidate that splits the first line into the most cells; 0 when the line holds none of them. */
    static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char best = 0;
        long most = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private CsvTableReader() {
    }
}
