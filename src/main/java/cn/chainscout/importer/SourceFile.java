package cn.chainscout.importer;

/** One uploaded or posted file: its name as the user saved it and its bytes. */
public record SourceFile(String name, byte[] bytes) {

    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
