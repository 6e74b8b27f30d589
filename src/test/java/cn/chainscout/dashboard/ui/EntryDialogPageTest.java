package cn.chainscout.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.chainscout.GraphCounts;
import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** A refused manual entry: each problem the service names is shown under its own field, nothing is written. */
class EntryDialogPageTest extends PageTest {

    @Autowired
    Driver driver;

    @Test
    void eachProblemOfARefusedEntryIsShownUnderItsField() {
        signInAs(TestUser.ANALYST);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("dashboard", DashboardView.class);
        GraphCounts before = GraphCounts.of(driver);

        test($view(Button.class).id("enter-kpi-masters")).click();
        test($(NumberField.class).id("entry-value")).setValue(-5.0);
        test($(TextField.class).id("entry-source")).setValue("");
        test($(Button.class).id("entry-save")).click();

        NumberField value = $(NumberField.class).id("entry-value");
        TextField source = $(TextField.class).id("entry-source");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("当前值：不能为负数。");
        assertThat(source.isInvalid()).isTrue();
        assertThat(source.getErrorMessage()).isEqualTo("数据来源：必填，请写明数据出处。");
        assertThat($(Span.class).id("entry-error").getText()).as("no problem without a field").isEmpty();
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }
}
