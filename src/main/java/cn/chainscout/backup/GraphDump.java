package cn.chainscout.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import cn.chainscout.database.GraphMigrations;
import cn.chainscout.database.MigrationException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole graph as a portable file: gzipped JSON Lines, a header, every node (labels, properties),
 * every relationship (type, ends, properties), and a footer with the counts, so a truncated file is
 * recognised. Every property keeps its Neo4j type ({@code {"t":"DATE_TIME","v":"…"}}), so restoring
 * gives back exactly the same values. Restore writes only into an empty database, in batches, and undoes
 * itself on a failure: a bad file writes nothing. The graph's migration records travel with it, and a restore
 * runs the migrations its backup predates. Plain class so it runs on any Neo4j (tests, command line).
 */
public final class GraphDump {

    public static final String FORMAT = "chainscout-graph-dump";
    public static final int VERSION = 1;
    static final int DEFAULT_BATCH_SIZE = 1000; // BackupProperties' default
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    /** What a dump or restore contained. */
    public record Summary(long nodes, long relationships) {
    }

    private record NodeRow(long id, List<String> labels, Map<String, Object> properties) {
    }

    private record RelRow(long start, long end, String type, Map<String, Object> properties) {
    }

    private static final String ALL_NODES = "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p";
    private static final String ALL_RELATIONSHIPS = """
            MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS t, properties(r) AS p
            """;
    private static final String NODES_BY_ID = """
            MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p
            """;
    // the restore's own bookkeeping: data is anything but migration records and the unfinished-restore marker
    private static final String ANY_DATA = """
            MATCH (n) WHERE NOT n:__Migration AND NOT n:__RestoreInProgress RETURN count(n) > 0 AS any
            """;
    private static final String UNFINISHED = "MATCH (r:__RestoreInProgress) RETURN count(r) > 0 AS any";
    private static final String MARK = "CREATE (:__RestoreInProgress {startedAt: datetime()})";
    private static final String UNMARK = "MATCH (r:__RestoreInProgress) DELETE r";
    private static final String CLEAR = """
            MATCH (n) WHERE NOT n:__Migration AND NOT n:__RestoreInProgress
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $size ROWS
            """;
    private static final String DELETE_RECORDS = "MATCH (m:__Migration) DELETE m";
    private static final String CREATE_RECORDS = "UNWIND $rows AS row CREATE (m:__Migration) SET m = row";
    // labels and types come in as parameters ($(…) dynamic labels): no Cypher is built from the file's text
    private static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n:$(row.labels))
            SET n = row.properties
            RETURN row.id AS id, elementId(n) AS element
            """;
    private static final String CREATE_UNLABELLED_NODES = """
            UNWIND $rows AS row
            CREATE (n)
            SET n = row.properties
            RETURN row.id AS id, elementId(n) AS element
            """;
    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.start
            MATCH (b) WHERE elementId(b) = row.end
            CREATE (a)-[r:$(row.type)]->(b)
            SET r = row.properties
            """;

    private final Driver driver;
    private final GraphMigrations migrations;
    private final int batchSize;
    private final ObjectMapper json = JsonMapper.builder().build();

    /** With this version's migrations and the default batch size (tests, tools). */
    public GraphDump(Driver driver) {
        this(driver, new GraphMigrations(driver), DEFAULT_BATCH_SIZE);
    }

    public GraphDump(Driver driver, GraphMigrations migrations, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.driver = driver;
        this.migrations = migrations;
        this.batchSize = batchSize;
    }

    /**
     * Writes the whole graph to {@code out} (closed when the dump is complete). Neo4j reads committed data, not a
     * snapshot: while the app keeps writing, the relationship scan can meet a node created after the
     * node scan. Such a node is read and written after the scan, before its relationships, so every
     * relationship in the file has both ends (one deleted meanwhile drops the relationship too, as the
     * graph did). The dump goes to a temporary file first: a read the driver retries starts a fresh
     * file, and {@code out} only ever receives one complete dump.
     */
    public Summary dump(OutputStream out, String createdAt) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("chainscout-backup-", ".jsonl.gz");
            Path file = temporary;
            Summary summary;
            // a database that is down is said at once, not after the driver's retries of the read (over 30 s)
            driver.verifyConnectivity();
            try (var session = driver.session()) {
                summary = session.executeRead(tx -> dumpInto(tx, file, createdAt));
            }
            // out is left open on a failure: nothing was sent, so a web response can still answer with an error
            try (out) {
                Files.copy(file, out);
            }
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system
                }
            }
        }
    }

    private record LateRel(String a, String b, String type, ObjectNode properties) {
    }

    /** One attempt: rewrites {@code file} from its start. */
    private Summary dumpInto(TransactionContext tx, Path file, String createdAt) {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            ObjectNode header = json.createObjectNode().put("kind", "header").put("format", FORMAT)
                    .put("version", VERSION).put("createdAt", createdAt);
            line(writer, header);
            Map<String, Long> ids = new HashMap<>();
            var nodes = tx.run(ALL_NODES);
            while (nodes.hasNext()) {
                Record r = nodes.next();
                writeNode(writer, ids, r.get("id").asString(), r.get("labels"), r.get("p"));
            }
            long relationships = 0;
            List<LateRel> late = new ArrayList<>();
            var rels = tx.run(ALL_RELATIONSHIPS);
            while (rels.hasNext()) {
                Record r = rels.next();
                String a = r.get("a").asString();
                String b = r.get("b").asString();
                if (!ids.containsKey(a) || !ids.containsKey(b)) {
                    late.add(new LateRel(a, b, r.get("t").asString(), encodeMap(r.get("p"))));
                    continue;
                }
                writeRel(writer, ids.get(a), ids.get(b), r.get("t").asString(), encodeMap(r.get("p")));
                relationships++;
            }
            if (!late.isEmpty()) {
                List<String> missing = late.stream().flatMap(l -> java.util.stream.Stream.of(l.a(), l.b()))
                        .filter(id -> !ids.containsKey(id)).distinct().toList();
                var found = tx.run(NODES_BY_ID, Map.of("ids", missing));
                while (found.hasNext()) {
                    Record r = found.next();
                    writeNode(writer, ids, r.get("id").asString(), r.get("labels"), r.get("p"));
                }
                for (LateRel rel : late) {
                    if (ids.containsKey(rel.a()) && ids.containsKey(rel.b())) {
                        writeRel(writer, ids.get(rel.a()), ids.get(rel.b()), rel.type(), rel.properties());
                        relationships++;
                    }
                }
            }
            line(writer, json.createObjectNode().put("kind", "footer").put("nodes", ids.size())
                    .put("relationships", relationships));
            return new Summary(ids.size(), relationships);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeNode(BufferedWriter writer, Map<String, Long> ids, String element, Value labelValues, Value properties)
            throws IOException {
        long id = ids.size();
        ids.put(element, id);
        ObjectNode node = json.createObjectNode().put("kind", "node").put("id", id);
        ArrayNode labels = node.putArray("labels");
        labelValues.asList(Value::asString).forEach(labels::add);
        node.set("properties", encodeMap(properties));
        line(writer, node);
    }

    private void writeRel(BufferedWriter writer, long start, long end, String type, ObjectNode properties) throws IOException {
        ObjectNode rel = json.createObjectNode().put("kind", "rel").put("start", start).put("end", end).put("type", type);
        rel.set("properties", properties);
        line(writer, rel);
    }

    /**
     * Reads the whole file first (any problem: a {@link BackupException} naming the line, nothing written), then
     * writes it into the database, which must hold no data (migration records aside), in transactions of
     * {@code batchSize} nodes or relationships, so a large graph never needs one huge transaction:
     * <ol>
     * <li>the current schema first ({@link GraphMigrations#apply()} on the empty graph), so the constraints check
     *     every restored node as it arrives;</li>
     * <li>a {@code :__RestoreInProgress} marker, then the batches; a failing batch deletes everything the restore
     *     wrote (the graph held no data before), so the user sees all or nothing. A restore cut short by a crash
     *     leaves the marker: the next restore clears that half-written graph first;</li>
     * <li>one last transaction swaps in the backup's migration records and removes the marker;</li>
     * <li>the migrations the backup's graph had not recorded run on it, as at a start.</li>
     * </ol>
     */
    public Summary restore(InputStream in) {
        List<NodeRow> nodes = new ArrayList<>();
        List<RelRow> rels = new ArrayList<>();
        read(in, nodes, rels);
        List<NodeRow> data = new ArrayList<>();
        List<Map<String, Object>> records = new ArrayList<>();
        Set<Long> recordIds = new HashSet<>();
        for (NodeRow node : nodes) {
            if (node.labels().contains(GraphMigrations.LABEL)) {
                records.add(node.properties());
                recordIds.add(node.id());
            } else {
                data.add(node);
            }
        }
        if (rels.stream().anyMatch(r -> recordIds.contains(r.start()) || recordIds.contains(r.end()))) {
            throw new BackupException("The backup is damaged: a relationship touches a migration record; nothing was written");
        }
        checkRecords(records);
        try (var session = driver.session()) {
            boolean unfinished = session.executeRead(tx -> tx.run(UNFINISHED).single().get("any").asBoolean());
            if (!unfinished && session.executeRead(tx -> tx.run(ANY_DATA).single().get("any").asBoolean())) {
                throw new BackupException("The database is not empty: a backup is restored only into an empty database "
                        + "(start with a new data directory, see docs/security.md); nothing was written");
            }
            if (unfinished) {
                clear(session);
            }
            migrations.apply();
            session.executeWriteWithoutResult(tx -> tx.run(MARK).consume());
            try {
                write(session, data, rels);
                session.executeWriteWithoutResult(tx -> {
                    tx.run(DELETE_RECORDS).consume();
                    tx.run(CREATE_RECORDS, Map.of("rows", records)).consume();
                    tx.run(UNMARK).consume();
                });
            } catch (BackupException e) {
                clear(session);
                throw e;
            } catch (RuntimeException e) {
                clear(session);
                throw new BackupException("The restore failed and was undone, the database holds no data again: "
                        + e.getMessage(), e);
            }
        }
        migrations.apply();
        return new Summary(nodes.size(), rels.size());
    }

    /** The backup's migration records: each one this version knows, unchanged. */
    private void checkRecords(List<Map<String, Object>> records) {
        try {
            migrations.check(records.stream().map(r -> new GraphMigrations.Applied(String.valueOf(r.get("version")),
                    String.valueOf(r.getOrDefault("description", "")), String.valueOf(r.get("checksum")))).toList());
        } catch (MigrationException e) {
            throw new BackupException("This version cannot continue the backup's graph: " + e.getMessage()
                    + "; nothing was written", e);
        }
    }

    /** Deletes everything but the migration records, in batches, the marker last. */
    private void clear(org.neo4j.driver.Session session) {
        session.run(CLEAR, Map.of("size", batchSize)).consume();
        session.run(UNMARK).consume();
    }

    private void write(org.neo4j.driver.Session session, List<NodeRow> nodes, List<RelRow> rels) {
        Map<Long, String> elements = new HashMap<>();
        List<Map<String, Object>> labelled = new ArrayList<>();
        List<Map<String, Object>> unlabelled = new ArrayList<>();
        for (NodeRow node : nodes) {
            Map<String, Object> row = Map.of("id", node.id(), "labels", node.labels(), "properties", node.properties());
            (node.labels().isEmpty() ? unlabelled : labelled).add(row);
        }
        createNodes(session, CREATE_NODES, labelled, elements);
        createNodes(session, CREATE_UNLABELLED_NODES, unlabelled, elements);
        List<Map<String, Object>> rows = new ArrayList<>(rels.size());
        for (RelRow rel : rels) {
            rows.add(Map.of("start", elements.get(rel.start()), "end", elements.get(rel.end()), "type", rel.type(),
                    "properties", rel.properties()));
        }
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            inBatch("relationships", from, batch.size(), () ->
                    session.executeWriteWithoutResult(tx -> tx.run(CREATE_RELATIONSHIPS, Map.of("rows", batch)).consume()));
        }
    }

    private void createNodes(org.neo4j.driver.Session session, String statement, List<Map<String, Object>> rows,
                             Map<Long, String> elements) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            inBatch("nodes", from, batch.size(), () -> session.executeWrite(tx -> tx.run(statement, Map.of("rows", batch)).list())
                    .forEach(r -> elements.put(r.get("id").asLong(), r.get("element").asString())));
        }
    }

    /** A refused batch as one line: which rows, and what the database said. */
    private static void inBatch(String what, int from, int size, Runnable write) {
        try {
            write.run();
        } catch (Neo4jException e) {
            throw new BackupException("The database refused " + what + " " + (from + 1) + "–" + (from + size)
                    + " of the backup (" + e.getMessage() + "); the restore was undone, the database holds no data again", e);
        }
    }

    private void read(InputStream in, List<NodeRow> nodes, List<RelRow> rels) {
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            lineNumber = 1;
            JsonNode header = line == null ? null : parse(line, lineNumber);
            if (header == null || !"header".equals(header.path("kind").asString("")) || !FORMAT.equals(header.path("format").asString(""))) {
                throw new BackupException("Not a ChainScout backup: line 1 is not a '" + FORMAT + "' header");
            }
            if (header.path("version").asInt(-1) != VERSION) {
                throw new BackupException("Backup format version " + header.path("version") + " is not supported (expected " + VERSION + ")");
            }
            JsonNode footer = null;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (footer != null) {
                    throw new BackupException("Line " + lineNumber + ": data after the footer");
                }
                JsonNode entry = parse(line, lineNumber);
                switch (entry.path("kind").asString("")) {
                    case "node" -> nodes.add(node(entry, nodes.size(), lineNumber));
                    case "rel" -> rels.add(relationship(entry, nodes.size(), lineNumber));
                    case "footer" -> footer = entry;
                    default -> throw new BackupException("Line " + lineNumber + ": unknown entry kind " + entry.path("kind"));
                }
            }
            if (footer == null) {
                throw new BackupException("The backup is truncated: it ends at line " + lineNumber + " without its footer; nothing was written");
            }
            if (footer.path("nodes").asLong(-1) != nodes.size() || footer.path("relationships").asLong(-1) != rels.size()) {
                throw new BackupException("The backup is damaged: the footer counts " + footer.path("nodes") + " nodes and "
                        + footer.path("relationships") + " relationships, the file holds " + nodes.size() + " and " + rels.size());
            }
        } catch (ZipException e) {
            throw new BackupException("Not a ChainScout backup: the file is not gzip-compressed (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new BackupException("The backup is truncated (the compressed data ends early, after line " + lineNumber
                    + "); nothing was written", e);
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(String line, int lineNumber) {
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                throw new BackupException("Line " + lineNumber + ": not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new BackupException("Line " + lineNumber + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static NodeRow node(JsonNode entry, int expectedId, int line) {
        if (entry.path("id").asLong(-1) != expectedId) {
            throw new BackupException("Line " + line + ": node id " + entry.path("id") + ", expected " + expectedId);
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode label : entry.path("labels")) {
            if (!label.isString() || label.asString().isBlank()) {
                throw new BackupException("Line " + line + ": a label must be a non-empty text");
            }
            labels.add(label.asString());
        }
        return new NodeRow(expectedId, labels, decodeMap(entry.path("properties"), line));
    }

    private static RelRow relationship(JsonNode entry, int nodeCount, int line) {
        long start = entry.path("start").asLong(-1);
        long end = entry.path("end").asLong(-1);
        if (start < 0 || start >= nodeCount || end < 0 || end >= nodeCount) {
            throw new BackupException("Line " + line + ": relationship between unknown nodes " + entry.path("start") + " and " + entry.path("end"));
        }
        String type = entry.path("type").asString("");
        if (type.isBlank()) {
            throw new BackupException("Line " + line + ": relationship without a type");
        }
        return new RelRow(start, end, type, decodeMap(entry.path("properties"), line));
    }

    private static void line(BufferedWriter writer, JsonNode node) throws IOException {
        writer.write(node.toString());
        writer.write('\n');
    }

    // --- property values with their Neo4j type, both ways ---

    private ObjectNode encodeMap(Value map) {
        ObjectNode properties = json.createObjectNode();
        for (String key : map.keys()) {
            properties.set(key, encode(map.get(key)));
        }
        return properties;
    }

    private ObjectNode encode(Value v) {
        ObjectNode typed = json.createObjectNode();
        if (v.hasType(TYPES.LIST())) {
            ArrayNode items = typed.put("t", "LIST").putArray("v");
            v.values().forEach(item -> items.add(encode(item)));
        } else if (v.hasType(TYPES.STRING())) {
            typed.put("t", "STRING").put("v", v.asString());
        } else if (v.hasType(TYPES.INTEGER())) {
            typed.put("t", "INTEGER").put("v", v.asLong());
        } else if (v.hasType(TYPES.FLOAT())) {
            // as text: NaN and ±Infinity are not JSON numbers, and the text is exact
            typed.put("t", "FLOAT").put("v", Double.toString(v.asDouble()));
        } else if (v.hasType(TYPES.BOOLEAN())) {
            typed.put("t", "BOOLEAN").put("v", v.asBoolean());
        } else if (v.hasType(TYPES.DATE())) {
            typed.put("t", "DATE").put("v", v.asLocalDate().toString());
        } else if (v.hasType(TYPES.TIME())) {
            typed.put("t", "TIME").put("v", v.asOffsetTime().toString());
        } else if (v.hasType(TYPES.LOCAL_TIME())) {
            typed.put("t", "LOCAL_TIME").put("v", v.asLocalTime().toString());
        } else if (v.hasType(TYPES.DATE_TIME())) {
            typed.put("t", "DATE_TIME").put("v", v.asZonedDateTime().toString());
        } else if (v.hasType(TYPES.LOCAL_DATE_TIME())) {
            typed.put("t", "LOCAL_DATE_TIME").put("v", v.asLocalDateTime().toString());
        } else if (v.hasType(TYPES.DURATION())) {
            IsoDuration d = v.asIsoDuration();
            typed.put("t", "DURATION").putArray("v").add(d.months()).add(d.days()).add(d.seconds()).add(d.nanoseconds());
        } else if (v.hasType(TYPES.POINT())) {
            Point p = v.asPoint();
            ArrayNode xyz = typed.put("t", "POINT").putArray("v").add(p.srid()).add(Double.toString(p.x())).add(Double.toString(p.y()));
            if (!Double.isNaN(p.z())) {
                xyz.add(Double.toString(p.z()));
            }
        } else if (v.hasType(TYPES.BYTES())) {
            typed.put("t", "BYTES").put("v", Base64.getEncoder().encodeToString(v.asByteArray()));
        } else {
            throw new IllegalStateException("A property of type " + v.type().name() + " cannot be backed up");
        }
        return typed;
    }

    private static Map<String, Object> decodeMap(JsonNode properties, int line) {
        if (!properties.isObject()) {
            throw new BackupException("Line " + line + ": properties must be an object");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (var field : properties.properties()) {
            map.put(field.getKey(), decode(field.getValue(), line, field.getKey()));
        }
        return map;
    }

    private static Object decode(JsonNode typed, int line, String key) {
        String type = typed.path("t").asString("");
        JsonNode v = typed.path("v");
        try {
            return switch (type) {
                case "LIST" -> {
                    List<Object> items = new ArrayList<>();
                    for (JsonNode item : v) {
                        items.add(decode(item, line, key));
                    }
                    yield items;
                }
                case "STRING" -> text(v);
                case "INTEGER" -> {
                    if (!v.isIntegralNumber()) {
                        throw new IllegalArgumentException("not an integer");
                    }
                    yield v.asLong();
                }
                case "FLOAT" -> Double.parseDouble(text(v));
                case "BOOLEAN" -> {
                    if (!v.isBoolean()) {
                        throw new IllegalArgumentException("not a boolean");
                    }
                    yield v.asBoolean();
                }
                case "DATE" -> LocalDate.parse(text(v));
                case "TIME" -> OffsetTime.parse(text(v));
                case "LOCAL_TIME" -> LocalTime.parse(text(v));
                case "DATE_TIME" -> ZonedDateTime.parse(text(v));
                case "LOCAL_DATE_TIME" -> LocalDateTime.parse(text(v));
                case "DURATION" -> Values.isoDuration(v.get(0).asLong(), v.get(1).asLong(), v.get(2).asLong(), v.get(3).asInt())
                        .asIsoDuration();
                case "POINT" -> v.size() == 4
                        ? Values.point(v.get(0).asInt(), Double.parseDouble(text(v.get(1))), Double.parseDouble(text(v.get(2))),
                        Double.parseDouble(text(v.get(3)))).asPoint()
                        : Values.point(v.get(0).asInt(), Double.parseDouble(text(v.get(1))), Double.parseDouble(text(v.get(2)))).asPoint();
                case "BYTES" -> Base64.getDecoder().decode(text(v));
                default -> throw new IllegalArgumentException("unknown type '" + type + "'");
            };
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            throw new BackupException("Line " + line + ": property '" + key + "' has a bad " + type + " value (" + e.getMessage() + ")", e);
        }
    }

    private static String text(JsonNode v) {
        if (!v.isString()) {
            throw new IllegalArgumentException("not a text");
        }
        return v.asString();
    }
}
