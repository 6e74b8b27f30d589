package cn.chainscout.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a column mapping to the tables of one import (one or several files, in order) and checks
 * every row: a rank that is a positive whole number, a name, a revenue that is a number; the same
 * rank twice only where the page marks a tie.
 */
final class RowReader {

    /** As chainscout.import.max-name-length's default. */
    static final int DEFAULT_MAX_NAME_LENGTH = 200;

    private static final Pattern RANK = Pattern.compile("^(?:第)?\\s*(并列|=|T-?)?\\s*(\\d{1,5})\\s*(?:名)?\\s*(=|[(（]?并列[)）]?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_VALUE = Pattern.compile("^(|-|—|--|——|/|n/?a|无|暂无)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("(?i)^(us\\$|\\$|¥|rmb|usd|cny)");
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            "(?i)(十亿美元|亿美元|百万美元|万美元|千美元|美元|千万元|百万元|亿元|万元|千元|元|十亿|亿|千万|百万|万|千|millions?|billions?|mn|bn|m|k)$");

    static List<ImportRow> read(List<SourceTable> tables, ColumnMapping mapping, RevenueUnit rankingUnit, int maxRows) {
        return read(tables, mapping, rankingUnit, maxRows, DEFAULT_MAX_NAME_LENGTH);
    }

    static List<ImportRow> read(List<SourceTable> tables, ColumnMapping mapping, RevenueUnit rankingUnit, int maxRows,
                                int maxNameLength) {
        SourceTable first = tables.getFirst();
        if (mapping.name() < 0) {
            throw new ImportException("noNameColumn", first.file(), String.join(" | ", first.header()));
        }
        if (mapping.rank() < 0) {
            throw new ImportException("noRankColumn", first.file(), String.join(" | ", first.header()));
        }
        if (mapping.revenue() >= 0) {
            String heading = first.header().get(mapping.revenue());
            if (RevenueUnit.namesAUnit(heading) && RevenueUnit.named(heading) == null) {
                throw new ImportException("unknownUnit", first.file(), heading, knownUnits());
            }
        }
        if (mapping.revenue() >= 0 && !mapping.revenueUnit().convertsTo(rankingUnit)) {
            throw new ImportException("unitMismatch", first.file(), first.header().get(mapping.revenue()),
                    unitName(mapping.revenueUnit()), unitName(rankingUnit));
        }
        List<ImportRow> rows = new ArrayList<>();
        Map<Long, ImportRow> byRank = new HashMap<>();
        for (SourceTable table : tables) {
            for (SourceTable.Row row : table.rows()) {
                if (rows.size() >= maxRows) {
                    throw new ImportException("tooManyRows", table.file(), maxRows, row.line());
                }
                ImportRow read = row(table, row, mapping, rankingUnit, maxNameLength);
                ImportRow same = byRank.putIfAbsent(read.rank(), read);
                if (same != null && !(read.tied() || same.tied())) {
                    throw new ImportException("duplicateRank", read.file(), read.line(), read.rank(), same.file(), same.line());
                }
                rows.add(read);
            }
        }
        if (rows.isEmpty()) {
            throw new ImportException("noRows", first.file());
        }
        return rows;
    }

    private static ImportRow row(SourceTable table, SourceTable.Row row, ColumnMapping mapping, RevenueUnit rankingUnit,
                                 int maxNameLength) {
        int needed = Math.max(mapping.rank(), mapping.name()) + 1;
        if (row.cells().size() < needed) {
            throw new ImportException("shortRow", table.file(), row.line(), row.cells().size(), table.header().size());
        }
        for (int column : new int[] {mapping.rank(), mapping.name(), mapping.nameEn(), mapping.revenue(), mapping.region(),
                mapping.industry()}) {
            if (column >= 0 && column < row.cells().size()) {
                int at = control(row.cells().get(column));
                if (at >= 0) {
                    throw new ImportException("controlCharacter", table.file(), row.line(), table.header().get(column),
                            String.format(java.util.Locale.ROOT, "U+%04X", (int) row.cells().get(column).charAt(at)));
                }
            }
        }
        String rankText = NameNormaliser.halfWidth(row.cells().get(mapping.rank())).strip();
        Matcher rank = RANK.matcher(rankText);
        if (!rank.matches() || Long.parseLong(rank.group(2)) < 1) {
            throw new ImportException("rank", table.file(), row.line(), table.header().get(mapping.rank()), rankText);
        }
        boolean tied = rank.group(1) != null || rank.group(3) != null;
        String name = row.cells().get(mapping.name()).strip();
        if (name.isEmpty()) {
            throw new ImportException("emptyName", table.file(), row.line(), table.header().get(mapping.name()));
        }
        if (name.codePoints().noneMatch(RowReader::visible)) {
            throw new ImportException("invisibleName", table.file(), row.line(), table.header().get(mapping.name()));
        }
        if (name.codePointCount(0, name.length()) > maxNameLength) {
            throw new ImportException("nameTooLong", table.file(), row.line(), table.header().get(mapping.name()),
                    name.codePointCount(0, name.length()), maxNameLength);
        }
        Double revenue = mapping.revenue() < 0 ? null : revenue(table, row, mapping, rankingUnit);
        return new ImportRow(table.file(), row.line(), Long.parseLong(rank.group(2)), tied, name,
                cell(row, mapping.nameEn()), revenue, cell(row, mapping.region()), cell(row, mapping.industry()));
    }

    private static Double revenue(SourceTable table, SourceTable.Row row, ColumnMapping mapping, RevenueUnit rankingUnit) {
        String raw = mapping.revenue() < row.cells().size() ? row.cells().get(mapping.revenue()) : "";
        String text = NameNormaliser.halfWidth(raw).strip().replace(",", "").replace(" ", "");
        if (NO_VALUE.matcher(text).matches()) {
            return null;
        }
        RevenueUnit unit = mapping.revenueUnit();
        String column = table.header().get(mapping.revenue());
        RevenueUnit inCell = RevenueUnit.named(text);
        if (inCell == null && RevenueUnit.namesAUnit(text)) {
            throw new ImportException("cellUnknownUnit", table.file(), row.line(), column, raw.strip(), knownUnits());
        }
        if (inCell != null && !inCell.convertsTo(rankingUnit)) {
            // "US$ 12m" in a yuan column: no exchange rate is kept, so it is not guessed
            throw new ImportException("cellUnit", table.file(), row.line(), column, raw.strip(), inCell.label(),
                    rankingUnit.label());
        }
        if (inCell != null && inCell.scaled()) {
            unit = inCell; // "130.9亿" in a 万元 column: the cell says what it is; a bare "$" keeps the column's scale
        }
        String number = CURRENCY_PREFIX.matcher(text).replaceAll("");
        number = UNIT_SUFFIX.matcher(number).replaceAll("");
        if (!NUMBER.matcher(number).matches()) {
            throw new ImportException("revenue", table.file(), row.line(), column, raw.strip());
        }
        BigDecimal amount = new BigDecimal(number);
        if (amount.signum() < 0) {
            throw new ImportException("negativeRevenue", table.file(), row.line(), column, raw.strip());
        }
        double converted = unit.convert(amount, rankingUnit).doubleValue();
        if (!Double.isFinite(converted)) {
            throw new ImportException("revenueTooLarge", table.file(), row.line(), column,
                    raw.strip().length() > 40 ? raw.strip().substring(0, 40) + "…" : raw.strip());
        }
        return converted;
    }

    /** The index of the first control character (NUL, escape…; a tab or line break counts as a space), or -1. */
    private static int control(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** A character a reader sees: not a space, a format mark (zero-width, BOM) or a private/unassigned code. */
    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
                 Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> !Character.isWhitespace(codePoint) && codePoint != 0x3164 && codePoint != 0x115F
                    && codePoint != 0x1160 && codePoint != 0xFFA0 && codePoint != 0x2800;
        };
    }

    private static String cell(SourceTable.Row row, int column) {
        if (column < 0 || column >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(column).strip();
        return value.isEmpty() ? null : value;
    }

    static String unitName(RevenueUnit unit) {
        return unit.label();
    }

    private static String knownUnits() {
        return String.join("、", java.util.Arrays.stream(RevenueUnit.values()).map(RevenueUnit::label).toList());
    }

    private RowReader() {
    }
}
