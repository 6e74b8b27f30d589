package cn.chainscout.company.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding a company by name and reading its portrait, as a leader would. */
class CompanyPagesTest extends PageTest {

    @BeforeEach
    void leaderInChinese() {
        signInAs(TestUser.LEADER);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void searchingAShortNameFindsTheCompany() {
        navigate("companies", CompaniesView.class);

        test($view(TextField.class).id("companies-filter")).setValue("比亚迪");

        @SuppressWarnings("unchecked")
        Grid<Object> hits = $view(Grid.class).id("companies-grid");
        assertThat(test(hits).size()).isPositive();
    }

    @Test
    void aLocalFirmsPortraitNamesItsHeadquartersAndWhereItLanded() {
        navigate("companies/byd-electronics-changsha", CompanyView.class);

        assertThat(pageText()).contains("长沙比亚迪电子有限公司", "湖南省", "在本区的落地", "所在产业链环节");
    }

    @Test
    void anUnknownCompanySaysSo() {
        navigate("companies/no-such-company", CompanyView.class);

        assertThat(pageText()).contains("未找到企业", "no-such-company");
    }
}
