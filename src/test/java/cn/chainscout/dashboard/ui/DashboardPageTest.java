package cn.chainscout.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** The dashboard says what each measured value rests on, and offers 填报 only where a person must enter it. */
class DashboardPageTest extends PageTest {

    @Test
    void aChainsOutputShowsItsFirmsTheirYearsAndWhoIsLeftOut() {
        signInAs(TestUser.ANALYST);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("dashboard", DashboardView.class);

        // graph-seed/located-in.csv: 永杉锂业 20 (2022), 泰嘉 18.45 (2023), 长高电新 17.6 (2024), all 营收
        assertThat(textOf($view(Component.class).id("value-kpi-chain-new-materials"))).isEqualTo("56.05");
        assertThat(textOf($view(Component.class).id("source-kpi-chain-new-materials")))
                .contains("据 3 家企业公开数字（2022–2024 年营收）", "家暂无数字，未计入");
        assertThat(textOf($view(Component.class).id("source-kpi-tier-100yi"))).contains("据 5 家企业公开数字");
        assertThat(textOf($view(Component.class).id("source-kpi-chain-pharma-medical"))).contains("均无公开的营收或产值数字");
        // the graph counts tiers by itself; a chain's official output may still be entered
        assertThat($view(Button.class).all()).extracting(Component::getId)
                .doesNotContain(java.util.Optional.of("enter-kpi-tier-100yi"))
                .contains(java.util.Optional.of("enter-kpi-chain-smart-terminal"), java.util.Optional.of("enter-kpi-masters"));
    }

    @Test
    void inEnglishTheBasisIsInEnglish() {
        signInAs(TestUser.LEADER);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("dashboard", DashboardView.class);

        assertThat(textOf($view(Component.class).id("source-kpi-chain-smart-terminal")))
                .contains("Based on the public figures of 1 firm (output, 2024)");
        assertThat($view(Button.class).all()).extracting(Component::getId)
                .as("a leader reads, does not enter").doesNotContain(java.util.Optional.of("enter-kpi-chain-smart-terminal"));
    }
}
