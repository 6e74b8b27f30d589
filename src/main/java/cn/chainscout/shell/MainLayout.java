package cn.chainscout.shell;

import java.util.List;
import java.util.Locale;

import cn.chainscout.common.ui.LanguagePreference;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.company.CompanyHit;
import cn.chainscout.common.user.Roles;
import cn.chainscout.company.CompanyService;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every page: title, company search, language switch and the side navigation.
 * Navigation uses paths, not view classes, so features never depend on the shell and back.
 */
@PermitAll
@Layout
public class MainLayout extends AppLayout {

    record NavEntry(String key, String path, VaadinIcon icon) {
    }

    static final List<NavEntry> NAVIGATION = List.of(
            new NavEntry("nav.home", "", VaadinIcon.HOME),
            new NavEntry("nav.chains", "chains", VaadinIcon.CLUSTER),
            new NavEntry("nav.leads", "leads", VaadinIcon.CROSSHAIRS),
            new NavEntry("nav.companies", "companies", VaadinIcon.FACTORY),
            new NavEntry("nav.pipeline", "pipeline", VaadinIcon.TASKS),
            new NavEntry("nav.projects", "projects", VaadinIcon.BRIEFCASE),
            new NavEntry("nav.clusterMap", "cluster-map", VaadinIcon.SITEMAP),
            new NavEntry("nav.chinaMap", "map", VaadinIcon.GLOBE),
            new NavEntry("nav.dashboard", "dashboard", VaadinIcon.DASHBOARD),
            new NavEntry("nav.backtest", "backtest", VaadinIcon.CHART_TIMELINE));

    /** Shown only to the data administrator (the pages themselves check the role too). */
    static final List<NavEntry> ADMIN_NAVIGATION = List.of(
            new NavEntry("nav.import", "import", VaadinIcon.UPLOAD),
            new NavEntry("nav.users", "users", VaadinIcon.USERS),
            new NavEntry("nav.audit", "audit", VaadinIcon.RECORDS),
            new NavEntry("nav.backup", "backup", VaadinIcon.DATABASE));

    private final cn.chainscout.security.ApiTokens tokens;

    public MainLayout(CompanyService companies, AuthenticationContext authentication, cn.chainscout.security.ApiTokens tokens) {
        this.tokens = tokens;
        Span title = new Span(getTranslation("app.title"));
        title.addClassNames("font-bold", "text-l");
        title.setId("app-title");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, searchBox(companies), languageSwitch(),
                signedIn(authentication));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassNames("pe-m");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        NAVIGATION.forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.key()), "/" + e.path(), e.icon().create())));
        if (authentication.hasRole(Roles.ADMIN)) {
            ADMIN_NAVIGATION.forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.key()), "/" + e.path(), e.icon().create())));
        }
        Div brand = new Div(new Span(getTranslation("app.district")));
        brand.addClassNames("p-m", "text-secondary", "text-s");
        addToDrawer(brand, nav);
        setPrimarySection(Section.DRAWER);
    }

    private ComboBox<CompanyHit> searchBox(CompanyService companies) {
        ComboBox<CompanyHit> search = new ComboBox<>();
        search.setId("company-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("22em");
        Locale locale = getLocale();
        search.setItemLabelGenerator(hit -> label(hit, locale));
        search.setItems(query -> companies.search(query.getFilter().orElse(""), query.getLimit())
                .stream().skip(query.getOffset()));
        search.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                UI.getCurrent().navigate("companies/" + e.getValue().id());
                search.clear();
            }
        });
        return search;
    }

    private static String label(CompanyHit hit, Locale locale) {
        String name = TranslationProvider.name(locale, hit.name(), hit.nameEn());
        String other = name.equals(hit.name()) ? hit.nameEn() : hit.name();
        return other == null || other.isBlank() ? name : name + " · " + other;
    }

    /** Who is signed in, and the sign-out button. */
    private HorizontalLayout signedIn(AuthenticationContext authentication) {
        Span name = new Span(authentication.getPrincipalName().orElse(""));
        name.setId("signed-in-user");
        name.addClassNames("text-s", "text-secondary");
        Button logout = new Button(getTranslation("security.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button myTokens = new Button(getTranslation("security.token.button"), VaadinIcon.KEY.create(),
                e -> new cn.chainscout.security.ui.TokensDialog(tokens).open());
        myTokens.setId("my-tokens");
        myTokens.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(name, myTokens, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        return box;
    }

    private Button languageSwitch() {
        boolean english = TranslationProvider.isEnglish(getLocale());
        Button button = new Button(english ? "中文" : "English", VaadinIcon.GLOBE.create());
        button.setId("language-switch");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> {
            Locale next = english ? TranslationProvider.CHINESE : TranslationProvider.ENGLISH;
            LanguagePreference.remember(next);
            UI.getCurrent().getPage().reload();
        });
        return button;
    }
}
