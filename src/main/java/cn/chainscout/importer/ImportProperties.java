package cn.chainscout.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize the largest file an import reads (a saved list page is well under 5 MB)
 * @param maxRows     the most data rows one import takes, over all its files
 * @param firstYear   the earliest list year accepted
 * @param chunkRows   rows written per statement inside the one transaction (the progress bar's step)
 */
@ConfigurationProperties("chainscout.import")
public record ImportProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("5000") int maxRows,
        @DefaultValue("1995") int firstYear,
        @DefaultValue("100") int chunkRows) {
}
