package cn.chainscout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

/** Every group heading, measure and entry message has its text in Chinese and in English. */
class DashboardMessagesTest {

    private final TranslationProvider i18n = new TranslationProvider();

    @Test
    void everyGroupMeasureAndProblemIsWordedInBothLanguages() {
        for (Locale locale : List.of(TranslationProvider.CHINESE, TranslationProvider.ENGLISH)) {
            for (String group : DashboardService.GROUPS) {
                assertThat(i18n.getTranslation("dashboard.group." + group, locale)).doesNotStartWith("!");
            }
            for (Measure m : Measure.values()) {
                assertThat(i18n.getTranslation("dashboard.origin.measured." + m.key(), locale)).doesNotStartWith("!");
            }
            for (String key : List.of("valueRequired", "valueNegative", "percentOver100", "dateRequired", "dateInFuture",
                    "sourceRequired", "sourceTooLong", "measured")) {
                assertThat(i18n.getTranslation("dashboard.error." + key, locale, "x")).doesNotStartWith("!");
            }
        }
        assertThat(i18n.getTranslation("dashboard.group.十", TranslationProvider.ENGLISH)).startsWith("\"Ten\"");
        assertThat(i18n.getTranslation("dashboard.error.dateInFuture", TranslationProvider.CHINESE, "2026-12-02"))
                .isEqualTo("统计截止日期：不能晚于今天（2026-12-02）。");
    }
}
