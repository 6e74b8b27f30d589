package cn.chainscout.importer;

import java.util.List;

/**
 * What the files of one import hold: every table found (all files, in order), the one proposed and
 * the column mapping its header suggests.
 *
 * @param chosen index into {@code tables} of the proposed table (of the first file)
 */
public record Analysis(List<SourceFile> files, List<SourceTable> tables, int chosen, ColumnMapping mapping) {

    /** The tables of the first file, the ones a user switches between. */
    public List<SourceTable> choices() {
        return tables.stream().filter(t -> t.file().equals(files.getFirst().name())).toList();
    }
}
