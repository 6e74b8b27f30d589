package cn.chainscout.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.pipeline.LeadKind;
import cn.chainscout.pipeline.LeadStage;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineFixture;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.project.ProjectService;
import cn.chainscout.security.ui.LoginView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page, opened by the role that may see it, speaks one language: in English no Chinese is left but
 * the graph's own names that have no English form (companies, parks, segments, products) and the cited
 * sources; in Chinese no message key shows and no label is left in English. What is read: text, every
 * string property and attribute (labels, placeholders, tooltips, chart options), grid headers and the
 * first rows of every grid.
 */
class EveryPageLanguageTest extends PageTest {

    private static final Pattern CJK = Pattern.compile("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]");
    /** A word of Latin letters: in a Chinese label it is an English leftover unless it is a name. */
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    /** Properties that are visible words, for the Chinese check (a chart's options are JSON, not words). */
    private static final Set<String> LABELS = Set.of("label", "placeholder", "helperText", "title", "aria-label",
            "errorMessage", "headerTitle");
    /** Latin words a Chinese page may show: the product's name, file kinds and tools users know by these names. */
    private static final Set<String> LATIN_IN_CHINESE = Set.of("ChainScout", "Excel", "CSV", "API", "Token", "HTML",
            "XLSX", "JSON", "Bearer", "PDF", "WPS");
    /** What Messages shows for a key with no message in the bundle. */
    private static final Pattern MISSING = Pattern.compile("![a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    private static final int GRID_ROWS = 15;

    @Autowired
    Driver driver;
    @Autowired
    PipelineService pipeline;
    @Autowired
    ProjectService projects;

    private PipelineFixture fixture;
    private String leadId;
    private String projectId;
    /** The graph's words that stay as the graph writes them, longest first. */
    private List<String> dataWords;
    private Set<String> messageKeys;

    @BeforeEach
    void aLeadAndAProject() {
        fixture = new PipelineFixture(driver);
        PipelineFixture.actAs("test-analyst");
        leadId = fixture.track(pipeline.add(new NewLead(LeadKind.CHAIN, "lens-technology", "st-cover-glass", null,
                "smart-terminal", 12.5, "cover glass for the local terminal makers")).leadId());
        for (LeadStage stage : List.of(LeadStage.CONTACTED, LeadStage.NEGOTIATING)) {
            pipeline.move(leadId, pipeline.lead(leadId).orElseThrow().lead().version(), stage, null);
        }
        long version = pipeline.lead(leadId).orElseThrow().lead().version();
        projectId = pipeline.sign(leadId, version, PipelineFixture.figures(10, 200, 20, 10_000));
        PipelineFixture.actAsNobody();
        dataWords = dataWords();
        messageKeys = messageKeys();
    }

    @AfterEach
    void removeThem() {
        fixture.deleteAll();
    }

    @Test
    void everyPageIsEnglishInEnglish() {
        List<String> found = new ArrayList<>();
        for (Visit visit : visits()) {
            for (String piece : visit(visit, TranslationProvider.ENGLISH)) {
                String left = chinese(piece);
                if (!left.isEmpty()) {
                    found.add(visit + ": 「" + left + "」 in " + shorten(piece));
                }
            }
        }
        open(new Visit(TestUser.ANALYST, ""), TranslationProvider.ENGLISH);
        String home = String.join(" | ", texts(pageRoot(), false));
        assertThat(home).as("the checker reads the frame and the page").contains("Smart terminals", "Pipeline");
        assertThat(found).as("Chinese on English pages").isEmpty();
    }

    @Test
    void everyPageIsChineseInChineseWithNoKeysShowing() {
        List<String> found = new ArrayList<>();
        for (Visit visit : visits()) {
            for (String piece : visit(visit, TranslationProvider.CHINESE)) {
                messageKeys.stream().filter(piece::contains).filter(k -> piece.matches("(?s).*\\b\\Q" + k + "\\E\\b.*"))
                        .forEach(k -> found.add(visit + ": key " + k + " in " + shorten(piece)));
                MISSING.matcher(piece).results().forEach(m -> found.add(visit + ": missing message " + m.group()));
            }
            for (String label : labels(visit)) {
                String rest = withoutData(label);
                LATIN_WORD.matcher(rest).results().map(m -> m.group())
                        .filter(w -> !LATIN_IN_CHINESE.contains(w))
                        .forEach(w -> found.add(visit + ": English word " + w + " in label " + shorten(label)));
            }
        }
        open(new Visit(TestUser.ANALYST, ""), TranslationProvider.CHINESE);
        assertThat(String.join(" | ", texts(pageRoot(), true))).as("the checker reads the labels").contains("项目推进");
        assertThat(found).as("keys or English on Chinese pages").isEmpty();
    }

    @Test
    void anUnknownAndAForbiddenAddressAreAnsweredInEnglish() {
        signInAs(TestUser.ANALYST);
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
        UI.getCurrent().navigate("no-such-page");
        assertThat(pageText()).contains("No such page").doesNotContainPattern(CJK.pattern());
        UI.getCurrent().navigate("users");
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("UsersView");
        assertThat(chinese(String.join(" ", texts(pageRoot(), false)))).isEmpty();
    }

    @Test
    void theMonthlyExcelOfAnEnglishPageIsInEnglish() throws IOException {
        PipelineFixture.actAs("test-analyst");
        List<cn.chainscout.pipeline.LeadCard> shown = pipeline.leads(cn.chainscout.pipeline.LeadFilter.ALL).stream()
                .filter(l -> l.id().equals(leadId)).toList();
        byte[] english = pipeline.exportXlsx(shown, TranslationProvider.ENGLISH);
        PipelineFixture.actAsNobody();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(english))) {
            var sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsSubsequence("Target company", "Gap filled", "Stage", "Unit in charge", "Next step",
                    "Overdue", "Investment (100 million yuan)", "Land (mu)", "Signed on");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("As of", "100 million yuan", "mu");
            var row = sheet.getRow(3);
            assertThat(row.getCell(header.indexOf("Stage")).getStringCellValue()).isEqualTo("Signed");
            assertThat(row.getCell(header.indexOf("Investment (100 million yuan)")).getNumericCellValue()).isEqualTo(10.0);
            List<String> cjk = new ArrayList<>();
            sheet.forEach(r -> r.forEach(c -> {
                String left = chinese(c.toString());
                if (!left.isEmpty()) {
                    cjk.add(c.getAddress() + " " + c);
                }
            }));
            assertThat(cjk).as("Chinese in the English sheet").isEmpty();
        }
    }

    /** A page to open: the address and who opens it (null: nobody signed in). */
    private record Visit(TestUser user, String path) {
        @Override
        public String toString() {
            return (user == null ? "anonymous" : user.name()) + " /" + path;
        }
    }

    private List<Visit> visits() {
        List<String> everyone = new ArrayList<>(List.of("", "chains", "leads", "pipeline", "pipeline/" + leadId,
                "companies", "map", "cluster-map", "dashboard", "projects", "projects/" + projectId, "backtest",
                "no-such-page"));
        try (var session = driver.session()) {
            session.run("MATCH (c:Chain) RETURN c.id ORDER BY c.id").list(r -> r.get(0).asString())
                    .forEach(id -> everyone.add("chains/" + id));
            // two segments of each chain that have a page (the leaves: a parent segment has none), a district firm,
            // a ranked target and a firm that supplies the district
            session.run("""
                    MATCH (c:Chain)-[:HAS_SEGMENT]->(s:Segment) WHERE NOT (s)<-[:PART_OF]-(:Segment)
                    WITH c, s ORDER BY s.id
                    WITH c, collect(s.id)[0..2] AS ids UNWIND ids AS id RETURN id""")
                    .list(r -> r.get(0).asString()).forEach(id -> everyone.add("segments/" + id));
        }
        everyone.add("segments/st-cover-glass");
        everyone.add("companies/lens-technology");
        try (var session = driver.session()) {
            session.run("MATCH (c:Company)-[:LOCATED_IN]->(:Park) RETURN c.id ORDER BY c.id LIMIT 2")
                    .list(r -> r.get(0).asString()).forEach(id -> everyone.add("companies/" + id));
        }
        List<Visit> visits = new ArrayList<>();
        for (String path : everyone) {
            visits.add(new Visit(TestUser.LEADER, path));
            visits.add(new Visit(TestUser.ANALYST, path));
        }
        for (String path : List.of("users", "audit", "backup", "import")) {
            visits.add(new Visit(TestUser.ADMIN, path));
        }
        visits.add(new Visit(TestUser.ANALYST, "users"));
        visits.add(new Visit(null, "login"));
        return visits;
    }

    /** Opens the page in that language and returns every piece of text it shows. */
    private List<String> visit(Visit visit, Locale locale) {
        open(visit, locale);
        List<String> pieces = new ArrayList<>(texts(pageRoot(), false));
        if (visit.path().startsWith("companies/")) {
            // a company's own page shows its Chinese name and aliases beside the English name, on purpose
            String id = visit.path().substring("companies/".length());
            try (var session = driver.session()) {
                List<String> own = session.run("MATCH (c:Company {id: $id}) UNWIND [c.name] + coalesce(c.aliases, []) AS w RETURN w",
                        Map.of("id", id)).list(r -> r.get(0).asString());
                pieces = pieces.stream().map(p -> {
                    String rest = p;
                    for (String w : own.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                        rest = rest.replace(w, " ");
                    }
                    return rest;
                }).toList();
            }
        }
        System.out.println("[language] " + locale + " " + visit + ": " + pieces.size() + " pieces, view text " + pageText().length());
        return pieces;
    }

    /** The page from its outermost layout down, and whatever the UI holds beside it (dialogs, notifications). */
    private Element pageRoot() {
        Element page = getCurrentView().getElement();
        while (page.getParent() != null && page.getParent() != UI.getCurrent().getElement()) {
            page = page.getParent();
        }
        return page;
    }

    /** The page's labels, headers and button words (for the Chinese check: data cells are not labels). */
    private List<String> labels(Visit visit) {
        open(visit, TranslationProvider.CHINESE);
        return texts(pageRoot(), true);
    }

    private void open(Visit visit, Locale locale) {
        if (visit.user() == null) {
            signOut();
        } else {
            signInAs(visit.user());
        }
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(visit.path());
        if (visit.user() == null) {
            assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        }
    }

    private void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private List<String> texts(Element root, boolean labelsOnly) {
        List<String> out = new ArrayList<>();
        root.getComponent().ifPresentOrElse(c -> walk(c, labelsOnly, out), () -> collect(root, labelsOnly, out));
        return out.stream().filter(s -> !s.isBlank()).toList();
    }

    /** The component tree (as the other page tests read it): each component's own text, properties and grid. */
    private void walk(Component component, boolean labelsOnly, List<String> out) {
        Element element = component.getElement();
        if (element.isTextNode()) {
            if (!labelsOnly) {
                out.add(element.getText());
            }
            return;
        }
        if (!component.isVisible() || element.getClassList().contains("cs-source")
                || "language-switch".equals(element.getAttribute("id"))) {
            return;
        }
        if (!labelsOnly) {
            out.add(element.getText());
        } else if (Set.of("vaadin-button", "vaadin-tab", "h1", "h2", "h3", "vaadin-side-nav-item", "label")
                .contains(element.getTag())) {
            out.add(element.getText());
        }
        for (String name : element.getPropertyNames().toList()) {
            if (!labelsOnly || LABELS.contains(name)) {
                Serializable value = element.getPropertyRaw(name);
                if (value != null) {
                    out.add(String.valueOf(value));
                }
            }
        }
        for (String name : element.getAttributeNames().toList()) {
            if (!labelsOnly || LABELS.contains(name)) {
                out.add(String.valueOf(element.getAttribute(name)));
            }
        }
        if (component instanceof Grid<?> grid) {
            gridTexts(grid, labelsOnly, out);
        }
        component.getChildren().forEach(child -> walk(child, labelsOnly, out));
    }

    private void collect(Element element, boolean labelsOnly, List<String> out) {
        if (element.isTextNode()) {
            if (!labelsOnly) {
                out.add(element.getText());
            }
            return;
        }
        if (!element.getComponent().map(Component::isVisible).orElse(true) || element.getClassList().contains("cs-source")
                || "language-switch".equals(element.getAttribute("id"))) {
            return; // hidden, a cited source (the publisher's own words), or the switch naming the other language
        }
        if (labelsOnly && Set.of("vaadin-button", "vaadin-tab", "h1", "h2", "h3", "vaadin-side-nav-item", "label")
                .contains(element.getTag())) {
            out.add(element.getTextRecursively());
        }
        for (String name : element.getPropertyNames().toList()) {
            if (!labelsOnly || LABELS.contains(name)) {
                Serializable value = element.getPropertyRaw(name);
                if (value != null) {
                    out.add(String.valueOf(value));
                }
            }
        }
        for (String name : element.getAttributeNames().toList()) {
            if (!labelsOnly || LABELS.contains(name)) {
                out.add(String.valueOf(element.getAttribute(name)));
            }
        }
        element.getComponent().filter(Grid.class::isInstance).map(Grid.class::cast).ifPresent(grid -> gridTexts(grid, labelsOnly, out));
        element.getChildren().forEach(child -> collect(child, labelsOnly, out));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void gridTexts(Grid<?> grid, boolean labelsOnly, List<String> out) {
        List<? extends Grid.Column<?>> columns = grid.getColumns().stream().filter(Component::isVisible).toList();
        for (Grid.Column<?> column : columns) {
            if (column.getHeaderText() != null) {
                out.add(column.getHeaderText());
            }
            if (column.getHeaderComponent() != null) {
                collect(column.getHeaderComponent().getElement(), labelsOnly, out);
            }
        }
        if (labelsOnly) {
            return;
        }
        GridTester tester = new GridTester(grid);
        int rows = Math.min(GRID_ROWS, tester.size());
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < grid.getColumns().size(); col++) {
                if (!grid.getColumns().get(col).isVisible()) {
                    continue;
                }
                try {
                    out.add(String.valueOf(tester.getCellText(row, col)));
                } catch (RuntimeException notText) {
                    try {
                        Component cell = tester.getCellComponent(row, col);
                        if (cell != null) {
                            collect(cell.getElement(), false, out);
                        }
                    } catch (RuntimeException notAComponent) {
                        // a column drawn in the browser only: its words are in the grid's properties
                    }
                }
            }
        }
    }

    /** The Chinese characters left once the graph's own words are taken out. */
    private String chinese(String text) {
        return CJK.matcher(withoutData(text)).results().map(m -> m.group()).reduce("", String::concat);
    }

    private String withoutData(String text) {
        String rest = text;
        for (String word : dataWords) {
            if (rest.contains(word)) {
                rest = rest.replace(word, " ");
            }
        }
        return rest;
    }

    /**
     * Names the graph has no English for (companies, parks, segments, chains, districts without nameEn, and
     * aliases), products as the sources list them, cited sources, what users typed on leads and projects, and user names.
     */
    private List<String> dataWords() {
        Set<String> words = new LinkedHashSet<>();
        try (var session = driver.session()) {
            words.addAll(session.run("""
                    MATCH (n) WHERE n.name IS NOT NULL AND (n.nameEn IS NULL OR n.nameEn = '')
                      AND NOT n:Lead AND NOT n:Project AND NOT n:User
                    UNWIND [n.name] + coalesce(n.aliases, []) AS w RETURN DISTINCT w""").list(r -> r.get(0).asString()));
            words.addAll(session.run("""
                    MATCH ()-[r]->() WHERE r.products IS NOT NULL
                    UNWIND CASE WHEN valueType(r.products) STARTS WITH 'LIST' THEN r.products ELSE [r.products] END AS p
                    RETURN DISTINCT toString(p)""").list(r -> r.get(0).asString()));
            words.addAll(session.run("""
                    MATCH (n) WHERE n.source IS NOT NULL RETURN DISTINCT toString(n.source) LIMIT 20000""")
                    .list(r -> r.get(0).asString()));
            words.addAll(session.run("""
                    MATCH ()-[r]->() WHERE r.source IS NOT NULL RETURN DISTINCT toString(r.source) LIMIT 20000""")
                    .list(r -> r.get(0).asString()));
            words.addAll(session.run("""
                    MATCH (n) WHERE n:Lead OR n:Project OR n:LeadEvent
                    UNWIND [k IN keys(n) WHERE k IN ['reason', 'notes', 'nextStep', 'owner', 'unit', 'name', 'dropReason',
                      'actor', 'createdBy', 'from', 'to']] AS k
                    RETURN DISTINCT toString(n[k])""").list(r -> r.get(0).asString()));
            // user names (an import's or an audit entry's author, typed by an admin) stay as written
            words.addAll(session.run("""
                    MATCH (n) WHERE n:User OR n:ImportBatch OR n:AuditEntry
                    UNWIND [k IN keys(n) WHERE k IN ['username', 'createdBy', 'actor', 'who', 'rolledBackBy']] AS k
                    RETURN DISTINCT toString(n[k])""").list(r -> r.get(0).asString()));
        }
        words.removeIf(w -> w == null || w.isBlank() || !CJK.matcher(w).find());
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The keys of the Chinese bundle (a key on a page means its message is missing). */
    private static Set<String> messageKeys() {
        Properties bundle = new Properties();
        try (InputStream in = EveryPageLanguageTest.class.getResourceAsStream("/i18n/messages_zh_CN.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bundle.stringPropertyNames().stream().filter(k -> k.contains(".")).collect(java.util.stream.Collectors.toSet());
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
