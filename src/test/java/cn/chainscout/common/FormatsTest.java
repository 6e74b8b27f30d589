package cn.chainscout.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.common.ui.Formats;
import org.junit.jupiter.api.Test;

/** The figures the review found written the foreign way (7,440,973 万元, 世界500强 7, 2026/12/3). */
class FormatsTest {

    private static final java.util.Locale ZH = TranslationProvider.CHINESE;
    private static final java.util.Locale EN = TranslationProvider.ENGLISH;

    @Test
    void moneyIsIn亿元OrIn万元WhereSmall() {
        assertThat(Formats.money(7_440_973, "CNY_10K", ZH)).isEqualTo("744.1 亿元");
        assertThat(Formats.money(3_000, "CNY_10K", ZH)).isEqualTo("3,000 万元");
        assertThat(Formats.money(383_285, "USD_M", ZH)).isEqualTo("3,832.9 亿美元");
        assertThat(Formats.yuan(12.5, ZH)).isEqualTo("12.5 亿元");
        assertThat(Formats.yuan(0.3, ZH)).isEqualTo("3,000 万元");
    }

    @Test
    void englishModeSaysTheSameInEnglishUnits() {
        assertThat(Formats.money(7_440_973, "CNY_10K", EN)).isEqualTo("CNY 74.4 bn");
        assertThat(Formats.money(383_285, "USD_M", EN)).isEqualTo("US$ 383.3 bn");
        assertThat(Formats.yuan(0.3, EN)).isEqualTo("CNY 30 m");
        assertThat(Formats.unit("家", EN)).isEqualTo("firms");
        assertThat(Formats.unit("亿元", EN)).isEqualTo("100 m yuan");
        assertThat(Formats.unit("家", ZH)).isEqualTo("家");
    }

    @Test
    void tiersPlacesAndListsReadInThePagesLanguage() {
        assertThat(Formats.tier("百亿", EN)).isEqualTo("≥ CNY 10 bn");
        assertThat(Formats.tier("10亿", EN)).isEqualTo("≥ CNY 1 bn");
        assertThat(Formats.tier("百亿", ZH)).isEqualTo("百亿");
        // the map's boundary names are short (湖南, 广西); the seed writes full names (湖南省) and cities
        assertThat(cn.chainscout.common.i18n.Places.english("湖南")).isEqualTo("Hunan");
        assertThat(cn.chainscout.common.i18n.Places.english("湖南省")).isEqualTo("Hunan");
        assertThat(cn.chainscout.common.i18n.Places.english("广西")).isEqualTo("Guangxi");
        assertThat(cn.chainscout.common.i18n.Places.english("新疆")).isEqualTo("Xinjiang");
        assertThat(cn.chainscout.common.i18n.Places.english("长沙市")).isEqualTo("Changsha");
        assertThat(cn.chainscout.common.i18n.Places.english("望城区")).isEqualTo("望城区");
        // a refusal's stage names are worded when it is read, in the reader's language
        var messages = new cn.chainscout.common.i18n.Messages();
        var stages = java.util.List.of(cn.chainscout.common.i18n.Messages.word("pipeline.stage.CONTACTED"),
                cn.chainscout.common.i18n.Messages.word("pipeline.stage.DROPPED"));
        assertThat(messages.get("pipeline.error.move", EN, stages.getFirst(), stages.getLast(), stages))
                .isEqualTo("Cannot move from \"Contacted\" to \"Dropped\"; allowed: Contacted, Dropped");
        assertThat(messages.get("pipeline.error.move", ZH, stages.getFirst(), stages.getLast(), stages))
                .isEqualTo("不能从「已接洽」改为「已放弃」；可改为：已接洽、已放弃");
    }

    @Test
    void ranksAndDatesAreWrittenOneWay() {
        assertThat(Formats.rank(7, ZH)).isEqualTo("第7名");
        assertThat(Formats.rank(7, EN)).isEqualTo("No. 7");
        assertThat(Formats.date(LocalDate.of(2026, 12, 3))).isEqualTo("2026-12-03");
        assertThat(Formats.date(null)).isEqualTo("—");
    }
}
