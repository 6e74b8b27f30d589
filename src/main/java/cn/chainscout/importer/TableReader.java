package cn.chainscout.importer;

import java.util.List;
import java.util.Locale;

/** Reads the tables of one file, whichever of the accepted kinds it is; refuses empty and oversized files. */
final class TableReader {

    private final long maxBytes;

    TableReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    List<SourceTable> read(SourceFile file) {
        if (file.bytes().length > maxBytes) {
            throw new ImportException("tooLarge", file.name(), megabytes(file.bytes().length), megabytes(maxBytes));
        }
        if (file.bytes().length == 0) {
            throw new ImportException("empty", file.name());
        }
        return switch (kind(file)) {
            case "html" -> HtmlTableReader.read(file);
            case "csv" -> CsvTableReader.read(file);
            case "xlsx" -> XlsxTableReader.read(file);
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
