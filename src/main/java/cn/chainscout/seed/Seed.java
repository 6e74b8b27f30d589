package cn.chainscout.seed;

import java.util.List;
import java.util.Map;

/**
 * A validated seed: typed rows (column name → String, Long, Double, Boolean or List) per file kind,
 * ready to be written, and a checksum of the files it came from.
 */
record Seed(Map<SeedFormat.FileSpec, List<Map<String, Object>>> rows, String checksum) {

    int rowCount() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    List<Map<String, Object>> of(SeedFormat.FileSpec spec) {
        return rows.getOrDefault(spec, List.of());
    }
}
