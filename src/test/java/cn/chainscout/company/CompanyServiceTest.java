package cn.chainscout.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.chainscout.ChainScoutTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Search and portrait on the seeded graph. */
@ChainScoutTest
@WithMockUser(roles = "LEADER") // the services are secured; reading is allowed to every role
class CompanyServiceTest {

    @Autowired
    CompanyService companies;

    @Test
    void searchingBydInChineseFindsTheLocalBydElectronicsFirst() {
        List<CompanyHit> hits = companies.search("比亚迪", 10);
        assertThat(hits).extracting(CompanyHit::name).anyMatch(n -> n.contains("比亚迪电子"));
        assertThat(hits).extracting(CompanyHit::name).contains("比亚迪股份有限公司");
        assertThat(hits.getFirst().local()).as("local firms come first").isTrue();
    }

    @Test
    void searchFindsEnglishNamesByPrefixAndStockCodes() {
        assertThat(companies.search("walm", 5)).extracting(CompanyHit::nameEn).contains("Walmart");
        assertThat(companies.search("002594", 5)).extracting(CompanyHit::name).contains("比亚迪股份有限公司");
    }

    @Test
    void searchTextThatLooksLikeAQueryIsHarmless() {
        assertThat(companies.search("'}) MATCH (n) DETACH DELETE n //", 5)).isNotNull();
        assertThat(companies.search("*", 5)).isEmpty();
        assertThat(companies.count()).isGreaterThan(900);
    }

    @Test
    void thePortraitOfALocalFirmShowsItsParkSegmentsAndSources() {
        String id = companies.search("比亚迪电子", 5).stream().filter(CompanyHit::local).findFirst().orElseThrow().id();
        CompanyPortrait portrait = companies.portrait(id).orElseThrow();
        assertThat(portrait.local()).isTrue();
        assertThat(portrait.parks()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(portrait.segments()).isNotEmpty().allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(portrait.source()).isNotBlank();
    }

    @Test
    void theTiePictureDrawsEveryTieInItsDirection() {
        String id = companies.search("比亚迪电子", 5).stream().filter(CompanyHit::local).findFirst().orElseThrow().id();
        CompanyPortrait portrait = companies.portrait(id).orElseThrow();
        var graph = companies.tieGraph(portrait, java.util.Locale.SIMPLIFIED_CHINESE, type -> type);
        assertThat(graph.edges()).hasSize(portrait.ties().size());
        assertThat(portrait.tiesCut()).as("a seed firm's ties all fit the portrait").isFalse();
        assertThat(portrait.tieCount()).isEqualTo(portrait.ties().size());
        // 长沙比亚迪电子 is a subsidiary: the arrow runs from it to its parent
        assertThat(graph.edges()).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo(id);
            assertThat(e.label()).isEqualTo("SUBSIDIARY_OF");
        });
        assertThat(graph.nodes().getFirst().id()).isEqualTo(id);
    }

    @Test
    void thePortraitOfAListCompanyShowsItsRanks() {
        String id = companies.search("002594", 1).getFirst().id();
        CompanyPortrait byd = companies.portrait(id).orElseThrow();
        assertThat(byd.rankings()).extracting(CompanyPortrait.RankEntry::rankingId)
                .contains("fortune-global-500-2024", "china-private-500-2026");
        assertThat(companies.portrait("no-such-company")).isEmpty();
    }
}
