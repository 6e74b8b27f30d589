package cn.chainscout.seed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.chainscout.seed.SeedFormat.Column;
import cn.chainscout.seed.SeedFormat.FileSpec;

/**
 * Checks every row before anything is written: ids, required values, types, allowed values,
 * duplicates and references across files. Returns the typed seed or throws with every problem.
 */
final class SeedValidator {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern URL_HOST = Pattern.compile("https?://([^/\\s)?#:]+)");
    private static final int MAX_PROBLEMS = 50;

    private record Pending(String file, long line, Column column, String value) {
    }

    Seed validate(SeedReader.Result read) {
        List<SeedProblem> problems = new ArrayList<>(read.problems());
        Map<String, Map<String, String>> idsByKind = new HashMap<>(); // kind → id → "file:line"
        Map<String, String> companyNames = new HashMap<>();
        List<Pending> references = new ArrayList<>();
        Map<FileSpec, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        Map<FileSpec, Map<List<String>, String>> keysSeen = new HashMap<>();

        for (SeedFile file : read.files()) {
            for (SeedFile.Row row : file.rows()) {
                Map<String, Object> typed = new LinkedHashMap<>();
                for (Column column : file.spec().columns()) {
                    String value = row.values().getOrDefault(column.name(), "");
                    Object converted = convert(file.name(), row.line(), column, value, problems);
                    typed.put(column.name(), converted);
                    if (column.type() == SeedFormat.Type.REF && !value.isEmpty()) {
                        references.add(new Pending(file.name(), row.line(), column, value));
                    }
                }
                String where = file.name() + ":" + row.line();
                FileSpec spec = file.spec();
                if (spec.idKind() != null && typed.get("id") instanceof String id) {
                    String earlier = idsByKind.computeIfAbsent(spec.idKind(), k -> new HashMap<>()).putIfAbsent(id, where);
                    if (earlier != null) {
                        problems.add(new SeedProblem(file.name(), row.line(),
                                "duplicate " + spec.idKind() + " id '" + id + "' (first at " + earlier + ")"));
                    }
                }
                if (spec == SeedFormat.COMPANIES && typed.get("name") instanceof String name) {
                    String earlier = companyNames.putIfAbsent(normalise(name), where);
                    if (earlier != null) {
                        problems.add(new SeedProblem(file.name(), row.line(),
                                "duplicate company name '" + name + "' (first at " + earlier + ")"));
                    }
                }
                if (spec.idKind() == null) {
                    List<String> key = spec.uniqueKey().stream().map(c -> String.valueOf(typed.get(c))).toList();
                    String earlier = keysSeen.computeIfAbsent(spec, k -> new HashMap<>()).putIfAbsent(key, where);
                    if (earlier != null) {
                        problems.add(new SeedProblem(file.name(), row.line(),
                                "duplicate row for " + spec.uniqueKey() + " = " + key + " (first at " + earlier + ")"));
                    }
                }
                checkRow(file.name(), row.line(), spec, typed, problems);
                checkHosts(file.name(), row.line(), row.values(), read.bannedHosts(), problems);
                rows.computeIfAbsent(spec, k -> new ArrayList<>()).add(typed);
            }
        }
        for (Pending ref : references) {
            if (!idsByKind.getOrDefault(ref.column().refKind(), Map.of()).containsKey(ref.value())) {
                problems.add(new SeedProblem(ref.file(), ref.line(), "column '" + ref.column().name()
                        + "' names unknown " + ref.column().refKind() + " '" + ref.value() + "'"));
            }
        }
        checkSelfReferences(read.files(), problems);
        if (!problems.isEmpty()) {
            throw new SeedException(problems.stream().limit(MAX_PROBLEMS).toList());
        }
        return new Seed(rows, checksum(read.files()));
    }

    private static Object convert(String file, long line, Column column, String value, List<SeedProblem> problems) {
        if (value.isEmpty()) {
            if (column.required()) {
                problems.add(new SeedProblem(file, line, "column '" + column.name() + "' is empty but required"));
            }
            return column.type() == SeedFormat.Type.LIST ? List.of() : null;
        }
        if (!column.allowed().isEmpty() && !column.allowed().contains(value)) {
            problems.add(new SeedProblem(file, line, "column '" + column.name() + "' has '" + value
                    + "', expected one of " + column.allowed().stream().sorted().toList()));
            return null;
        }
        try {
            return switch (column.type()) {
                case ID, REF -> {
                    if (!ID.matcher(value).matches()) {
                        problems.add(new SeedProblem(file, line, "column '" + column.name() + "' has '" + value
                                + "', not an id (lower-case ASCII letters, digits and '-')"));
                    }
                    yield value;
                }
                case TEXT -> value;
                case BOOLEAN -> switch (value) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> {
                        problems.add(new SeedProblem(file, line, "column '" + column.name() + "' has '" + value
                                + "', expected true or false"));
                        yield null;
                    }
                };
                case DATE -> {
                    if (!DATE.matcher(value).matches() || !realDate(value)) {
                        problems.add(new SeedProblem(file, line, "column '" + column.name() + "' has '" + value
                                + "', expected a date YYYY, YYYY-MM or YYYY-MM-DD"));
                    }
                    yield value;
                }
                case INTEGER -> Long.parseLong(value);
                case DECIMAL -> Double.parseDouble(value);
                case LIST -> Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            };
        } catch (NumberFormatException e) {
            problems.add(new SeedProblem(file, line, "column '" + column.name() + "' has '" + value
                    + "', expected a " + (column.type() == SeedFormat.Type.INTEGER ? "whole number" : "number")));
            return null;
        }
    }

    /** A month 1–12 and a day that exists in it: 2021-02-30 is a typo worth stopping for. */
    private static boolean realDate(String value) {
        try {
            switch (value.length()) {
                case 4 -> { }
                case 7 -> java.time.YearMonth.parse(value);
                default -> java.time.LocalDate.parse(value);
            }
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Rules between the columns of one row. A LOCATED_IN date also gives its year ({@code since_year}),
     * which is what pages and older readers show; a size in 亿元 decides the tier.
     */
    private static void checkRow(String file, long line, FileSpec spec, Map<String, Object> typed, List<SeedProblem> problems) {
        if (spec == SeedFormat.LOCATED_IN) {
            typed.put("since_year", year(typed.get("since")));
            if (typed.get("size_yi") instanceof Double size) {
                String expected = size >= 100 ? "百亿" : size >= 50 ? "50亿" : size >= 10 ? "10亿" : null;
                if (!java.util.Objects.equals(expected, typed.get("tier"))) {
                    problems.add(new SeedProblem(file, line, "column 'tier' has '" + (typed.get("tier") == null ? "" : typed.get("tier"))
                            + "' but size_yi " + size + " makes it '" + (expected == null ? "" : expected)
                            + "' (百亿 from 100, 50亿 from 50, 10亿 from 10, else empty)"));
                }
            }
            if (typed.get("since") instanceof String since && typed.get("until") instanceof String until
                    && until.compareTo(since) < 0) {
                problems.add(new SeedProblem(file, line, "column 'until' (" + until + ") is before 'since' (" + since + ")"));
            }
        }
        if (spec == SeedFormat.OPERATES_IN && typed.get("share") instanceof Double value && (value < 0 || value > 1)) {
            problems.add(new SeedProblem(file, line, "column 'share' has " + value + ", expected a share from 0 to 1"));
        }
        if (spec == SeedFormat.TIES && typed.get("since") instanceof Long since && typed.get("until") instanceof Long until
                && until < since) {
            problems.add(new SeedProblem(file, line, "column 'until' (" + until + ") is before 'since' (" + since + ")"));
        }
    }

    private static Long year(Object date) {
        return date instanceof String s && s.length() >= 4 && DATE.matcher(s).matches() ? Long.valueOf(s.substring(0, 4)) : null;
    }

    /** A source on a host the README lists as junk is refused, naming the host and the README line. */
    private static void checkHosts(String file, long line, Map<String, String> values, Map<String, String> banned,
                                   List<SeedProblem> problems) {
        if (banned.isEmpty()) {
            return;
        }
        String source = values.getOrDefault(SeedFormat.SOURCE, "");
        var urls = URL_HOST.matcher(source);
        while (urls.find()) {
            String host = urls.group(1).toLowerCase();
            for (var b : banned.entrySet()) {
                String bad = b.getKey();
                boolean hit = host.equals(bad) || host.endsWith("." + bad)
                        || (!bad.contains(".") && List.of(host.split("\\.")).contains(bad));
                if (hit) {
                    problems.add(new SeedProblem(file, line, "cites " + host + ", a host the seed never cites (listed at "
                            + b.getValue() + ")"));
                    break;
                }
            }
        }
    }

    /** A segment that is its own parent, or a self-tie, is a typo worth stopping for. */
    private static void checkSelfReferences(List<SeedFile> files, List<SeedProblem> problems) {
        for (SeedFile file : files) {
            for (SeedFile.Row row : file.rows()) {
                Map<String, String> v = row.values();
                if (file.spec() == SeedFormat.TIES || file.spec() == SeedFormat.FEEDS) {
                    if (!v.getOrDefault("from_id", "").isEmpty() && v.get("from_id").equals(v.get("to_id"))) {
                        problems.add(new SeedProblem(file.name(), row.line(), "points from '" + v.get("from_id") + "' to itself"));
                    }
                }
                if (file.spec().columns().stream().anyMatch(c -> c.name().equals("parent_id"))
                        && !v.getOrDefault("parent_id", "").isEmpty() && v.get("parent_id").equals(v.get("id"))) {
                    problems.add(new SeedProblem(file.name(), row.line(), "'" + v.get("id") + "' is its own parent"));
                }
            }
        }
    }

    /** Names compare without spaces and case: "Apple Inc" and "apple inc" are one company. */
    private static String normalise(String name) {
        return name.replaceAll("\\s+", "").toLowerCase();
    }

    private static String checksum(List<SeedFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SeedFile file : files) {
                digest.update(file.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
