package cn.chainscout.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.chainscout.ChainScoutTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The importer finds the companies a list names through the graph's indexes (exact name, full-text search)
 * and never loads every company, yet it matches every row exactly as the matcher over all companies does:
 * on the saved lists of the importer tests and on spellings that stress the search (traditional characters,
 * full-width letters, a short name in brackets, English legal forms, Lucene's operator characters).
 */
@ChainScoutTest
@WithMockUser(username = "test-importer", roles = "ADMIN") // imports are the data administrator's
class IndexMatchingTest {

    @Autowired
    ImportService imports;

    @Autowired
    ImportQueries queries;

    @Autowired
    Driver driver;

    @Test
    void everySavedListMatchesAsTheMatcherOverAllCompaniesDoes() {
        CompanyMatcher everyCompany = new CompanyMatcher(allCompanies());
        List<ImportPlan> plans = List.of(
                ImportServiceTest.plan(imports, List.of(TableReaderTest.resource(ImportServiceTest.FORTUNE_2025)),
                        "FORTUNE_GLOBAL_500", 2025),
                ImportServiceTest.plan(imports, List.of(TableReaderTest.resource("private-500-2026-page1.html"),
                        TableReaderTest.resource("private-500-2026-page2.html")), "CHINA_PRIVATE_500", 2026),
                ImportServiceTest.plan(imports, List.of(TableReaderTest.resource("china-top-500-2025-gbk.csv")),
                        "CHINA_TOP_500", 2025));
        int rows = 0;
        for (ImportPlan plan : plans) {
            for (ImportPlan.PlannedRow row : plan.rows()) {
                assertThat(row.match()).as(row.row().name())
                        .isEqualTo(everyCompany.match(row.row().name(), row.row().nameEn()));
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(40);
        assertThat(plans.getFirst().rows()).anyMatch(r -> r.match().certain());
    }

    @Test
    void hardSpellingsFindTheSameCompaniesThroughTheIndexes() {
        CompanyMatcher everyCompany = new CompanyMatcher(allCompanies());
        List<String> names = List.of("比亞迪股份有限公司", "ＢＹＤ", "byd company", "比亚迪电子", "长沙比亚迪电子有限公司（比亚迪电子长沙工厂）",
                "三一", "三一重工集团", "WALMART INC.", "Walmart (US) AND OR NOT", "中联重科 +-!():^[]\"{}~*?|&/\\", "完全不存在的公司名称");
        for (String name : names) {
            CompanyMatcher throughIndexes = new CompanyMatcher(queries.candidates(CompanyMatcher.exactNames(name),
                    CompanyMatcher.searchTexts(name, null), imports.properties().matchCandidates()));
            assertThat(throughIndexes.match(name, null)).as(name).isEqualTo(everyCompany.match(name, null));
        }
        assertThat(everyCompany.match("比亞迪股份有限公司", null).proposal().id()).isEqualTo("byd");
        assertThat(everyCompany.match("完全不存在的公司名称", null).how()).isEqualTo(CompanyMatcher.How.NONE);
    }

    /** The reference: every company of the graph (what the importer loaded before it searched the indexes). */
    private List<CompanyMatcher.Candidate> allCompanies() {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (c:Company)
                    RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, coalesce(c.aliases, []) AS aliases
                    """).list(r -> new CompanyMatcher.Candidate(r.get("id").asString(), r.get("name").asString(),
                    r.get("nameEn").asString(null), r.get("aliases").asList(v -> v.asString())));
        }
    }
}
