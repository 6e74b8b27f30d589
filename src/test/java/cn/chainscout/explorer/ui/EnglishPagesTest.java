package cn.chainscout.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import cn.chainscout.explorer.ExplorerService;
import cn.chainscout.lead.Lead;
import cn.chainscout.lead.ScorePart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * English mode is English wherever the graph has an English name: a chain page, a segment page and a
 * lead's reasons and score parts carry no Chinese characters but the names of companies that have none.
 */
class EnglishPagesTest extends PageTest {

    private static final Pattern CJK = Pattern.compile("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]");

    @Autowired
    ExplorerService explorer;
    @Autowired
    Driver driver;

    private List<String> untranslated;

    @BeforeEach
    void analystInEnglish() {
        signInAs(TestUser.ANALYST);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        try (var session = driver.session()) {
            // names with no English form (companies) may stay Chinese; everything else may not
            untranslated = session.run("""
                    MATCH (c:Company) WHERE c.nameEn IS NULL OR c.nameEn = ''
                    UNWIND [c.name] + coalesce(c.aliases, []) AS n
                    RETURN DISTINCT n ORDER BY size(n) DESC""").list(r -> r.get(0).asString());
        }
    }

    @Test
    void aChainPageIsInEnglish() {
        navigate("chains/smart-terminal", ChainMapView.class);

        assertThat(cjk(textOf($view(Component.class).id("chain-completeness")))).isEmpty();
        assertThat(pageText()).contains("Smart terminals");
        assertThat(cjk(textOf($view(Component.class).id("tab-food")))).isEmpty();
    }

    @Test
    void aSegmentPageAndItsLeadsReasonsAreInEnglish() {
        navigate("segments/st-cover-glass", SegmentView.class);

        assertThat(cjk(textOf($view(Component.class).id("segment-name")))).isEmpty();
        assertThat(cjk(textOf($view(Component.class).id("segment-reason")))).isEmpty();
        List<Lead> candidates = explorer.segmentPage("st-cover-glass").orElseThrow().candidates();
        assertThat(candidates).isNotEmpty();
        for (Lead lead : candidates) {
            assertThat(cjk(lead.whyEn())).as(lead.whyEn()).isEmpty();
            for (ScorePart part : lead.parts()) {
                assertThat(cjk(part.sentence(true))).as(part.sentence(true)).isEmpty();
            }
        }
    }

    /** The Chinese left once the names without an English form are taken out. */
    private String cjk(String text) {
        String rest = text;
        for (String name : untranslated) {
            rest = rest.replace(name, "");
        }
        return CJK.matcher(rest).results().map(m -> m.group()).reduce("", String::concat);
    }
}
