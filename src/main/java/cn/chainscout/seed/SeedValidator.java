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
