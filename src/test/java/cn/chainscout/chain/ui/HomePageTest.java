package cn.chainscout.chain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The home page as a leader first sees it: the four chains, Chinese first, and their local firms. */
class HomePageTest extends PageTest {

    @Test
    void aLeaderSeesTheFourChainsAndTheirLeadingFirmsInChinese() {
        signInAs(TestUser.LEADER);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate("", HomeView.class);

        assertThat(pageText()).contains("链图招商", "智能终端", "食品", "新材料先进制造", "医药医疗器械")
                .contains("比亚迪电子");
    }

    @Test
    void theSamePageReadsInEnglish() {
        signInAs(TestUser.LEADER);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("", HomeView.class);

        assertThat(pageText()).contains("Smart terminals", "Food").doesNotContain("链图招商：");
    }
}
