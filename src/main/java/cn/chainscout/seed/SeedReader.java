package cn.chainscout.seed;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the seed files at a location ({@code classpath:graph-seed/} or {@code file:/some/dir/}).
 * Problems in the files' shape (encoding, quoting, columns) are collected, not thrown one by one.
 */
final class SeedReader {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /**
     * @param bannedHosts the hosts listed under {@value #BANNED_SECTION} in the seed's README.md (none when
     *                    it has no such section), each with the README line that lists it
     */
    record Result(List<SeedFile> files, List<SeedProblem> problems, Map<String, String> bannedHosts) {

        Result(List<SeedFile> files, List<SeedProblem> problems) {
            this(files, problems, Map.of());
        }
    }

    static final String BANNED_SECTION = "## Hosts the seed never cites";

    Result read(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        String seedName = displayRoot(base);
        List<SeedFile> files = new ArrayList<>();
        List<SeedProblem> problems = new ArrayList<>();
        for (SeedFormat.FileSpec spec : SeedFormat.FILES) {
            for (Resource resource : resources(base, spec)) {
                String name = seedName + "/" + spec.path() + (spec.folder() ? resource.getFilename() : "");
                SeedFile file = readFile(name, spec, resource, problems);
                if (file != null) {
                    files.add(file);
                }
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new SeedProblem(location, 0, "no seed files found (expected district.csv, chains.csv, …)"));
        }
        return new Result(files, problems, bannedHosts(base, seedName));
    }

    /** The README's list of junk hosts: lines "- host" under {@value #BANNED_SECTION}, up to the next heading. */
    private Map<String, String> bannedHosts(String base, String seedName) {
        Resource readme = resolver.getResource(base + "README.md");
        if (!readme.exists()) {
            return Map.of();
        }
        String text;
        try (var in = readme.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base + "README.md", e);
        }
        Map<String, String> hosts = new LinkedHashMap<>();
        boolean inSection = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                inSection = line.equals(BANNED_SECTION);
            } else if (inSection && line.startsWith("- ")) {
                String host = line.substring(2).strip().split("[\\s(（,，]", 2)[0].replace("`", "").toLowerCase();
                if (!host.isEmpty()) {
                    hosts.putIfAbsent(host, seedName + "/README.md:" + (i + 1));
                }
            }
        }
        return Map.copyOf(hosts);
    }

    private List<Resource> resources(String base, SeedFormat.FileSpec spec) {
        try {
            if (spec.folder()) {
                return Arrays.stream(resolver.getResources(base + spec.path() + "*.csv"))
                        .filter(Resource::exists)
                        .sorted(Comparator.comparing(Resource::getFilename))
                        .toList();
            }
            Resource resource = resolver.getResource(base + spec.path());
            return resource.exists() ? List.of(resource) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list seed files at " + base + spec.path(), e);
        }
    }

    private static SeedFile readFile(String name, SeedFormat.FileSpec spec, Resource resource, List<SeedProblem> problems) {
        byte[] content;
        try (var in = resource.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            problems.add(new SeedProblem(name, 0, "cannot be read: " + e.getMessage()));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new SeedProblem(name, 0, "is not UTF-8 text (save it as UTF-8)"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // tolerate a BOM from spreadsheet programs
        }
        if (text.isBlank()) {
            problems.add(new SeedProblem(name, 0, "is empty (it needs at least a header line)"));
            return null;
        }
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            if (!checkHeader(name, spec, header, problems)) {
                return null;
            }
            List<SeedFile.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // blank line
                }
                if (record.size() != header.size()) {
                    problems.add(new SeedProblem(name, line, "has " + record.size() + " values but the header has "
                            + header.size() + " columns (an unquoted comma?)"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), record.get(i).strip());
                }
                rows.add(new SeedFile.Row(line, values));
            }
            return new SeedFile(name, spec, header, rows, content);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new SeedProblem(name, 0, "is not valid CSV: " + e.getMessage()));
            return null;
        }
    }

    private static boolean checkHeader(String name, SeedFormat.FileSpec spec, List<String> header, List<SeedProblem> problems) {
        boolean ok = true;
        for (SeedFormat.Column column : spec.columns()) {
            if (!header.contains(column.name()) && !column.optional()) {
                problems.add(new SeedProblem(name, 1, "missing column '" + column.name() + "'"));
                ok = false;
            }
        }
        for (String column : header) {
            boolean known = spec.columns().stream().anyMatch(c -> c.name().equals(column));
            if (!known && !column.startsWith("note")) {
                problems.add(new SeedProblem(name, 1, "unknown column '" + column + "' (expected "
                        + spec.columns().stream().map(SeedFormat.Column::name).toList() + ")"));
                ok = false;
            }
        }
        return ok;
    }

    /** "graph-seed" for classpath:graph-seed/ or file:/x/graph-seed/. */
    private static String displayRoot(String base) {
        String trimmed = base.substring(0, base.length() - 1);
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
        return trimmed.substring(slash + 1);
    }
}
