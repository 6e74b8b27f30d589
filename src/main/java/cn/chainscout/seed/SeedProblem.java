package cn.chainscout.seed;

/** One thing wrong with the seed, where a person can find it: file and line (0 = the whole file). */
public record SeedProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
