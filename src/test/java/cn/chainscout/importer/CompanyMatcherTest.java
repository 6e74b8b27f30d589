package cn.chainscout.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.chainscout.importer.CompanyMatcher.Candidate;
import cn.chainscout.importer.CompanyMatcher.How;
import org.junit.jupiter.api.Test;

/** Each matching rule with names as the lists and the seed spell them (graph-seed/companies/lists.csv). */
class CompanyMatcherTest {

    private static final Candidate BYD = new Candidate("byd", "比亚迪股份有限公司", "BYD", List.of("比亚迪", "BYD Company"));
    private static final Candidate STATE_GRID = new Candidate("state-grid", "国家电网有限公司", "State Grid",
            List.of("国家电网", "国网", "State Grid Corporation of China"));
    private static final Candidate WALMART = new Candidate("walmart", "沃尔玛", "Walmart", List.of("Walmart Inc."));
    private static final Candidate CNPC = new Candidate("china-national-petroleum", "中国石油天然气集团有限公司",
            "China National Petroleum", List.of("中国石油", "中石油", "CNPC"));
    private static final Candidate MEITUAN = new Candidate("meituan", "美团公司", "Meituan", List.of("美团"));
    private static final Candidate CHERY = new Candidate("chery-holding-group", "奇瑞控股集团有限公司", "Chery Holding Group",
            List.of("奇瑞", "奇瑞控股", "Chery"));
    private static final Candidate CHINA_LIFE = new Candidate("china-life-insurance", "中国人寿保险（集团）公司",
            "China Life Insurance", List.of("中国人寿"));
    private static final Candidate HON_HAI = new Candidate("hon-hai-precision-industry", "鸿海精密工业股份有限公司",
            "Hon Hai Precision Industry", List.of("鸿海", "富士康", "Foxconn"));

    private final CompanyMatcher matcher = new CompanyMatcher(List.of(BYD, STATE_GRID, WALMART, CNPC, MEITUAN, CHERY,
            CHINA_LIFE, HON_HAI));

    @Test
    void exactNameAliasAndEnglishNameAreCertain() {
        assertThat(matcher.match("比亚迪股份有限公司", null)).isEqualTo(new CompanyMatcher.Match(How.NAME, List.of(BYD)));
        assertThat(matcher.match("国网", null)).isEqualTo(new CompanyMatcher.Match(How.ALIAS, List.of(STATE_GRID)));
        assertThat(matcher.match("Walmart", null)).isEqualTo(new CompanyMatcher.Match(How.ENGLISH, List.of(WALMART)));
        assertThat(matcher.match("沃尔玛公司", "WALMART")).isEqualTo(new CompanyMatcher.Match(How.ENGLISH, List.of(WALMART)));
        assertThat(matcher.match("Walmart Inc.", null).certain()).isTrue(); // an alias
    }

    @Test
    void legalFormSuffixesAreRemovedButTheMatchIsToConfirm() {
        assertThat(NameNormaliser.normalise("国家电网公司")).isEqualTo("国家电网");
        assertThat(NameNormaliser.normalise("中国石油天然气集团有限公司")).isEqualTo("中国石油天然气");
        assertThat(NameNormaliser.normalise("奇瑞控股集团有限公司")).isEqualTo("奇瑞");
        assertThat(NameNormaliser.normalise("美团公司")).isEqualTo("美团");
        CompanyMatcher.Match grid = matcher.match("国家电网公司", null);
        assertThat(grid.how()).isEqualTo(How.NORMALISED);
        assertThat(grid.proposal()).isEqualTo(STATE_GRID);
        assertThat(grid.certain()).isFalse();
        assertThat(matcher.match("中国石油天然气集团公司", null).proposal()).isEqualTo(CNPC);
    }

    @Test
    void fullWidthAndHalfWidthBracketsAndLettersCompareEqual() {
        assertThat(NameNormaliser.halfWidth("ＢＹＤ（比亚迪）")).isEqualTo("BYD(比亚迪)");
        assertThat(NameNormaliser.normalise("中国人寿保险(集团)公司")).isEqualTo(NameNormaliser.normalise("中国人寿保险（集团）公司"));
        assertThat(matcher.match("中国人寿保险(集团)公司", null).proposal()).isEqualTo(CHINA_LIFE);
        assertThat(matcher.match("ＢＹＤ", null).how()).isIn(How.ENGLISH, How.NORMALISED);
        assertThat(matcher.match("ＢＹＤ", null).proposal()).isEqualTo(BYD);
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        // as Taiwan and Hong Kong pages print them
        assertThat(NameNormaliser.simplified("鴻海精密工業股份有限公司")).isEqualTo("鸿海精密工业股份有限公司");
        assertThat(matcher.match("鴻海精密工業股份有限公司", null).proposal()).isEqualTo(HON_HAI);
        assertThat(matcher.match("國家電網有限公司", null).proposal()).isEqualTo(STATE_GRID);
        assertThat(matcher.match("比亞迪", null).proposal()).isEqualTo(BYD);
    }

    @Test
    void englishNamesCompareWithoutLegalFormsAndCase() {
        assertThat(NameNormaliser.normaliseEnglish("Hon Hai Precision Industry Co., Ltd.")).isEqualTo("hon hai precision industry");
        assertThat(NameNormaliser.normaliseEnglish("The Walt Disney Company")).isEqualTo("walt disney");
        CompanyMatcher.Match match = matcher.match("Hon Hai Precision Industry Co., Ltd.", null);
        assertThat(match.how()).isEqualTo(How.NORMALISED);
        assertThat(match.proposal()).isEqualTo(HON_HAI);
        assertThat(matcher.match("某公司", "State Grid Corporation of China").proposal()).isEqualTo(STATE_GRID);
    }

    @Test
    void aNameInsideAnotherIsOnlyASuggestionAndUnknownNamesAreNew() {
        CompanyMatcher.Match similar = matcher.match("北京三快在线科技有限公司（美团）", null);
        assertThat(similar.how()).isEqualTo(How.SIMILAR);
        assertThat(similar.proposal()).isEqualTo(MEITUAN);
        assertThat(similar.certain()).isFalse();
        assertThat(matcher.match("REWE集团", null)).isEqualTo(new CompanyMatcher.Match(How.NONE, List.of()));
    }

    @Test
    void twoCompaniesWithTheSameNormalisedNameAreBothOfferedNeverPicked() {
        Candidate petroChina = new Candidate("petrochina", "中国石油天然气股份有限公司", "PetroChina", List.of());
        CompanyMatcher.Match match = new CompanyMatcher(List.of(CNPC, petroChina)).match("中国石油天然气集团公司", null);
        assertThat(match.how()).isEqualTo(How.NORMALISED);
        assertThat(match.candidates()).containsExactlyInAnyOrder(CNPC, petroChina);
        assertThat(match.certain()).isFalse();
    }
}
