package cn.chainscout.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanySearchTest {

    @Test
    void chineseWordsArePhrasesAndLatinWordsAlsoPrefixes() {
        assertThat(CompanySearch.toLucene("比亚迪")).isEqualTo("\"比亚迪\"");
        assertThat(CompanySearch.toLucene(" BYD  电子 ")).isEqualTo("(BYD OR BYD*) AND \"电子\"");
    }

    @Test
    void queryLookingTextIsEscapedNotExecuted() {
        assertThat(CompanySearch.toLucene("name:*")).isEqualTo("(name\\:\\* OR name\\:\\**)");
        assertThat(CompanySearch.toLucene("a AND b")).isEqualTo("(a OR a*) AND (and OR and*) AND (b OR b*)");
        assertThat(CompanySearch.toLucene("\"})")).isEqualTo("(\\\"\\}\\) OR \\\"\\}\\)*)");
    }

    @Test
    void blankTextIsNoQuery() {
        assertThat(CompanySearch.toLucene("   ")).isEmpty();
        assertThat(CompanySearch.toLucene(null)).isEmpty();
    }
}
