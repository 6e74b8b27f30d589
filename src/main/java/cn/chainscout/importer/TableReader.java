package cn.chainscout.importer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads the tables of one import's files, whichever of the accepted kinds they are; refuses empty and
 * oversized files, tables wider or larger than the bounds (before any header search) and a read that
 * takes longer than the import's time budget.
 */
final class TableReader {

    /** The size bounds of a table and the time one import's reading may take. */
    record Bounds(int maxColumns, int maxCells, Duration timeBudget) {
        static final Bounds DEFAULT = new Bounds(200, 250_000, Duration.ofSeconds(30));
    }

    private final long maxBytes;
    private final Bounds bounds;
    private final long deadline;

    TableReader(long maxBytes) {
        this(maxBytes, Bounds.DEFAULT);
    }

    /** The time budget starts now: one reader per import. */
    TableReader(long maxBytes, Bounds bounds) {
        this.maxBytes = maxBytes;
        this.bounds = bounds;
        this.deadline = System.nanoTime() + bounds.timeBudget().toNanos();
    }

    /** A row of this many columns is refused: wider than any list. */
    void checkColumns(String file, String table, int columns) {
        if (columns > bounds.maxColumns()) {
            throw new ImportException("tooManyColumns", file, table, bounds.maxColumns());
        }
    }

    /** A table (or a page's cell tags) of this many cells is refused. */
    void checkCells(String file, long cells) {
        if (cells > bounds.maxCells()) {
            throw new ImportException("tooManyCells", file, bounds.maxCells());
        }
    }

    void checkTime(String file) {
        if (System.nanoTime() > deadline) {
            throw new ImportException("timeBudget", file, bounds.timeBudget().toSeconds());
        }
    }

    List<SourceTable> read(SourceFile file) {
        if (file.bytes().length > maxBytes) {
            throw new ImportException("tooLarge", file.name(), megabytes(file.bytes().length), megabytes(maxBytes));
        }
        if (file.bytes().length == 0) {
            throw new ImportException("empty", file.name());
        }
        return switch (kind(file)) {
            case "html" -> {
                // before decoding and parsing: a page of more cell tags than a table may hold is refused at once
                checkCells(file.name(), HtmlTableReader.cellTags(file.bytes()));
                yield HtmlTableReader.read(file, this);
            }
            case "csv" -> CsvTableReader.read(file, this);
            case "xlsx" -> XlsxTableReader.read(file, this);
            case "xls" -> throw new ImportException("oldExcel", file.name());
            case "mhtml" -> throw new ImportException("mhtml", file.name());
            default -> throw new ImportException("unsupported", file.name(), file.extension());
        };
    }

    /** By extension, and by content for files saved without one. */
    private static String kind(SourceFile file) {
        return switch (file.extension()) {
            case "html", "htm", "shtml", "xhtml" -> "html";
            case "mhtml", "mht" -> "mhtml";
            case "csv", "tsv", "txt" -> "csv";
            case "xlsx" -> "xlsx";
            case "xls" -> "xls";
            case "" -> sniff(file.bytes());
            default -> "other";
        };
    }

    private static String sniff(byte[] bytes) {
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return "xlsx";
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<table") ? "html" : "csv";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }
}
