package cn.chainscout.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.stereotype.Component;

/** Page-wide settings: Lumo, our own stylesheet (a static resource from frontend/), Chinese page language. */
@Component
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://frontend/chainscout.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "ChainScout 链图招商: industrial-chain investment-attraction explorer");
    }
}
