package cn.chainscout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.NodeLabel;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.parser.CypherParser;
import org.neo4j.cypherdsl.parser.LabelParsedEventType;
import org.neo4j.cypherdsl.parser.Options;
import org.neo4j.cypherdsl.parser.PatternElementCreatedEventType;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * Each node label has one owning module, and only that module's Cypher creates, merges or labels such
 * nodes: every constant of every {@code *Queries}/{@code *Statements} class is parsed with Cypher-DSL's
 * parser and the labels its CREATE, MERGE and SET clauses write are checked against the owners below.
 * Another module that needs a change asks the owner (a service call or an event).
 */
class LabelOwnershipTest {

    /** Who writes which label. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("AuditEntry", "audit"),
            Map.entry("User", "security"),
            Map.entry("ApiToken", "security"),
            Map.entry("Lead", "pipeline"),
            Map.entry("LeadEvent", "pipeline"),
            Map.entry("Project", "project"),
            Map.entry("TargetSnapshot", "dashboard"),
            Map.entry("TargetValue", "dashboard"),
            Map.entry("ImportBatch", "importer"),
            Map.entry("BacktestRun", "backtest"),
            // the record of applied graph migrations (db/migrations/)
            Map.entry("__Migration", "database"),
            // companies and list years come from the seed (below) and from imported lists
            Map.entry("Company", "importer"),
            Map.entry("Ranking", "importer"),
            // the district, its chains, segments, parks, plan targets, pools and units: graph-seed/ only
            Map.entry("District", "seed"), Map.entry("Chain", "seed"), Map.entry("Segment", "seed"),
            Map.entry("Park", "seed"), Map.entry("Target", "seed"), Map.entry("Pool", "seed"),
            Map.entry("Unit", "seed"), Map.entry("SeedState", "seed"));

    /**
     * Modules that load whole graphs by design and so write every label: the seed (graph-seed/), a
     * restore (backup) and the generated graphs of the scale benchmark (synthetic).
     */
    private static final Set<String> LOADERS = Set.of("seed", "backup", "synthetic");

    @Test
    void onlyTheOwningModuleWritesALabel() throws Exception {
        Map<String, Set<String>> writtenBy = labelsWrittenPerModule();

        assertThat(writtenBy).as("every module with write queries was parsed").containsKeys("pipeline", "project", "audit");
        List<String> trespasses = new ArrayList<>();
        writtenBy.forEach((module, labels) -> labels.forEach(label -> {
            String owner = OWNERS.get(label);
            if (!LOADERS.contains(module) && !module.equals(owner)) {
                trespasses.add(module + " writes :" + label + " (owner: " + (owner == null ? "none declared" : owner) + ")");
            }
        }));
        assertThat(trespasses).isEmpty();
    }

    @Test
    void theCheckSeesAWriteIntoAnotherModulesLabel() {
        // the project feature's old history write, which now goes through ProjectStageChanged
        Set<String> labels = labelsWritten("""
                MATCH (p:Project {id: $id})-[:FROM]->(l:Lead)
                SET p.stage = $stage
                CREATE (l)-[:HAS_EVENT]->(:LeadEvent {at: datetime(), action: 'PROJECT'})
                RETURN l.id AS leadId
                """);
        assertThat(labels).containsExactly("LeadEvent");
        assertThat(labelsWritten("MATCH (c:Company {id: $id}) SET c:Local RETURN c")).containsExactly("Local");
        assertThat(labelsWritten("MERGE (c:Company {id: $id}) RETURN c")).containsExactly("Company");
        assertThat(labelsWritten("MATCH (c:Company {id: $id}) RETURN c")).isEmpty();
    }

    /** The labels each module's Cypher writes, keyed by module (the package under cn.chainscout). */
    private static Map<String, Set<String>> labelsWrittenPerModule() throws IOException, ReflectiveOperationException {
        Map<String, Set<String>> written = new TreeMap<>();
        for (Class<?> type : queryClasses()) {
            String module = type.getPackageName().substring("cn.chainscout.".length()).split("\\.")[0];
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() != String.class || !Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                String cypher = (String) field.get(null);
                if (writes(cypher)) {
                    written.computeIfAbsent(module, m -> new TreeSet<>()).addAll(labelsWritten(cypher));
                }
            }
        }
        return written;
    }

    private static boolean writes(String text) {
        return text != null && text.matches("(?is).*\\b(CREATE|MERGE|SET)\\b.*");
    }

    static Set<String> labelsWritten(String cypher) {
        Set<String> labels = new TreeSet<>();
        Options options = Options.newOptions()
                .withCallback(PatternElementCreatedEventType.ON_CREATE, element -> collect(element, labels))
                .withCallback(PatternElementCreatedEventType.ON_MERGE, element -> collect(element, labels))
                .withLabelFilter((event, parsed) -> {
                    if (event == LabelParsedEventType.ON_SET) {
                        labels.addAll(parsed);
                    }
                    return parsed;
                })
                .build();
        CypherParser.parse(cypher, options);
        return labels;
    }

    private static PatternElement collect(PatternElement element, Collection<String> labels) {
        element.accept(segment -> {
            if (segment instanceof NodeLabel label) {
                labels.add(label.getValue());
            }
        });
        return element;
    }

    private static List<Class<?>> queryClasses() throws IOException, ClassNotFoundException {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        List<Class<?>> types = new ArrayList<>();
        for (var resource : resolver.getResources("classpath*:cn/chainscout/**/*.class")) {
            String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            if ((name.endsWith("Queries") || name.endsWith("Statements")) && !name.contains("$")) {
                types.add(Class.forName(name, false, LabelOwnershipTest.class.getClassLoader()));
            }
        }
        return types;
    }
}
