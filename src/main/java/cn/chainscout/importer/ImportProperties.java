package cn.chainscout.importer;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFileSize   the largest file an import reads (a saved list page is well under 5 MB)
 * @param maxRows       the most data rows one import takes, over all its files
 * @param firstYear     the earliest list year accepted
 * @param chunkRows     rows written per statement inside the one transaction (the progress bar's step)
 * @param maxColumns    the widest table read (cells a colspan spreads over count); a list has about ten
 * @param maxCells      the most cells of one table (rows × columns, spans spread), checked before any header search
 * @param timeBudget    how long reading and checking one import's files may take
 * @param maxNameLength the longest company name taken (the longest registered Chinese names are under 60 characters)
 * @param matchCandidates full-text hits taken per name searched when matching rows to companies (with the exact-name
 *                      lookup, the companies the matcher chooses among; no import loads every company)
 */
@Validated
@ConfigurationProperties("chainscout.import")
public record ImportProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("5000") @Positive int maxRows,
        @DefaultValue("1995") @Min(1900) int firstYear,
        @DefaultValue("100") @Positive int chunkRows,
        @DefaultValue("200") @Positive int maxColumns,
        @DefaultValue("250000") @Positive int maxCells,
        @DefaultValue("30s") Duration timeBudget,
        @DefaultValue("200") @Positive int maxNameLength,
        @DefaultValue("30") @Positive int matchCandidates) {

    static final int DEFAULT_MATCH_CANDIDATES = 30; // the default above

    /** The bounds at their defaults (tests and tools that set only the first four). */
    public static ImportProperties of(DataSize maxFileSize, int maxRows, int firstYear, int chunkRows) {
        TableReader.Bounds bounds = TableReader.Bounds.DEFAULT;
        return new ImportProperties(maxFileSize, maxRows, firstYear, chunkRows, bounds.maxColumns(), bounds.maxCells(),
                bounds.timeBudget(), RowReader.DEFAULT_MAX_NAME_LENGTH, DEFAULT_MATCH_CANDIDATES);
    }

    TableReader.Bounds bounds() {
        return new TableReader.Bounds(maxColumns, maxCells, timeBudget);
    }
}
