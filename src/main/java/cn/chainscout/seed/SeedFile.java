package cn.chainscout.seed;

import java.util.List;
import java.util.Map;

/** A seed file as read: its name for messages, header and rows with their line numbers. */
record SeedFile(String name, SeedFormat.FileSpec spec, List<String> header, List<Row> rows, byte[] content) {

    record Row(long line, Map<String, String> values) {
    }
}
