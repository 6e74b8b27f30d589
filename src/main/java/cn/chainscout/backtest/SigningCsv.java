package cn.chainscout.backtest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV of real signings: UTF-8, a header line, one signing a row. Required columns: company,
 * date, and chain or segment or segment_hint. Optional: company_legal_name, via_local_firm, kind
 * (an expansion of a group already present when it says 扩/增资/二次/追加/expansion), source, and the
 * evaluation set's other columns (district, park, investment_yi, headquarters_province), which are
 * read past. A file that cannot be used is refused with every problem by row and column; a company,
 * segment or local firm the graph does not know is a note, and the signing is kept (it counts as
 * one the graph does not know).
 */
final class SigningCsv {

    static final List<String> KNOWN_COLUMNS = List.of("company", "company_legal_name", "date", "district", "park", "chain",
            "segment", "segment_hint", "via_local_firm", "investment_yi", "kind", "headquarters_province", "source");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.年](\\d{1,2})(?:[-/.月](\\d{1,2})日?)?月?)?年?");
    private static final Pattern EXPANSION = Pattern.compile("(?i).*(expan|扩|增资|二次|追加|existing).*");

    /** What the graph knows, for matching names: looked up, never written. */
    interface Graph {
        /** The company by id, name, alias or legal name; null when unknown. */
        Company company(String text);

        /** The chain by id or name; null when unknown. */
        String chain(String text);

        /** The leaf segment by id, or by name within the chain where given; null when none fits. */
        String segment(String text, String chainId);

        /** The chain of a segment. */
        String chainOf(String segmentId);
    }

    record Company(String id, String name) {
    }

    record Parsed(List<Signing> signings, List<String> notes) {
    }

    private SigningCsv() {
    }

    static Parsed parse(byte[] content, Graph graph, LocalDate today) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BacktestException(List.of("row 1: the file is empty (it needs a header line: company,date,chain,…)"));
        }
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Signing> signings = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String required : List.of("company", "date")) {
                if (!header.contains(required)) {
                    problems.add("row 1, column '" + required + "': missing (the header has " + header + ")");
                }
            }
            if (header.stream().noneMatch(h -> h.equals("chain") || h.equals("segment") || h.equals("segment_hint"))) {
                problems.add("row 1, column 'chain': missing (a signing needs its chain, segment or segment_hint)");
            }
            if (!problems.isEmpty()) {
                throw new BacktestException(problems);
            }
            for (CSVRecord record : parser) {
                int row = (int) parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                Map<String, String> v = new java.util.HashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    v.put(header.get(i), record.get(i).strip());
                }
                signing(row, v, graph, today, problems, notes).ifPresent(signings::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BacktestException(problems.stream().limit(50).toList());
        }
        if (signings.isEmpty()) {
            throw new BacktestException(List.of("row 2: the file has a header but no signing"));
        }
        return new Parsed(List.copyOf(signings), List.copyOf(notes));
    }

    private static java.util.Optional<Signing> signing(int row, Map<String, String> v, Graph graph, LocalDate today,
                                                       List<String> problems, List<String> notes) {
        String where = "row " + row + ", column ";
        String company = v.getOrDefault("company", "");
        String legal = v.getOrDefault("company_legal_name", "");
        if (company.isEmpty() && legal.isEmpty()) {
            problems.add(where + "'company': empty");
            return java.util.Optional.empty();
        }
        LocalDate date = date(v.getOrDefault("date", ""));
        if (date == null) {
            problems.add(where + "'date': '" + v.getOrDefault("date", "") + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            return java.util.Optional.empty();
        }
        if (date.isAfter(today)) {
            problems.add(where + "'date': " + date + " is in the future");
            return java.util.Optional.empty();
        }
        Company found = company.isEmpty() ? null : graph.company(company);
        if (found == null && !legal.isEmpty()) {
            found = graph.company(legal);
        }
        if (found == null) {
            notes.add(where + "'company': '" + (company.isEmpty() ? legal : company) + "'"
                    + (legal.isEmpty() || company.isEmpty() ? "" : " (" + legal + ")")
                    + " is not in the graph: counted as a signing the graph does not know");
        }
        String chainText = v.getOrDefault("chain", "");
        String chainId = chainText.isEmpty() ? null : graph.chain(chainText);
        if (!chainText.isEmpty() && chainId == null) {
            notes.add(where + "'chain': '" + chainText + "' is no chain of the graph");
        }
        String segmentText = !v.getOrDefault("segment", "").isEmpty() ? v.get("segment") : v.getOrDefault("segment_hint", "");
        String segmentId = segmentText.isEmpty() ? null : graph.segment(segmentText, chainId);
        if (!segmentText.isEmpty() && segmentId == null) {
            notes.add(where + "'" + (v.getOrDefault("segment", "").isEmpty() ? "segment_hint" : "segment") + "': '" + segmentText
                    + "' matches no segment" + (chainId == null ? "" : " of " + chainId) + ": its segment list is not asked");
        }
        if (chainId == null && segmentId != null) {
            chainId = graph.chainOf(segmentId);
        }
        String viaText = v.getOrDefault("via_local_firm", "");
        Company via = viaText.isEmpty() ? null : graph.company(viaText);
        if (!viaText.isEmpty() && via == null) {
            notes.add(where + "'via_local_firm': '" + viaText + "' is not in the graph: the business list is asked through every local firm");
        }
        boolean expansion = EXPANSION.matcher(v.getOrDefault("kind", "")).matches();
        return java.util.Optional.of(new Signing(row, company.isEmpty() ? legal : company, found == null ? null : found.id(),
                found == null ? null : found.name(), date, chainId, segmentId, via == null ? null : via.id(), expansion,
                v.getOrDefault("source", "")));
    }

    /** YYYY-MM-DD (also with / . or 年月日), YYYY-MM or YYYY; a month or year alone counts from its first day. */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Strict UTF-8: the first byte that is not names its row and column. */
    private static String decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int row = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (content[i] == '\n') {
                    row++;
                    lineStart = i + 1;
                }
            }
            int commas = 0;
            for (int i = lineStart; i < at; i++) {
                if (content[i] == ',') {
                    commas++;
                }
            }
            String column = "#" + (commas + 1);
            int headerEnd = 0;
            while (headerEnd < content.length && content[headerEnd] != '\n') {
                headerEnd++;
            }
            if (row > 1) {
                String[] header = new String(content, 0, Math.min(headerEnd, lineStart), StandardCharsets.UTF_8).strip().split(",");
                if (commas < header.length) {
                    column = "'" + header[commas].strip() + "'";
                }
            }
            throw new BacktestException(List.of("row " + row + ", column " + column
                    + ": not UTF-8 text (a spreadsheet saved it in another encoding, e.g. GBK: save it as CSV UTF-8)"));
        }
        out.flip();
        return out.toString();
    }
}
