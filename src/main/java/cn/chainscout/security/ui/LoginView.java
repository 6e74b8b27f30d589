package cn.chainscout.security.ui;

import cn.chainscout.database.DatabaseAvailability;
import cn.chainscout.security.AccountException;
import cn.chainscout.security.LoginThrottledException;
import cn.chainscout.security.PendingPasswordChange;
import cn.chainscout.security.UserAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in (Spring Security's form login behind Vaadin's login form). A one-time password is not
 * enough to get in: the page then asks for a new password first.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final VerticalLayout changePassword = new VerticalLayout();
    private final UserAccounts accounts;
    private final TextField username = new TextField();
    private final PasswordField oneTime = new PasswordField();
    private final Paragraph carriedOver = new Paragraph();
    /** What the sign-in form just carried over (user name and one-time password), while the change form is open. */
    private PendingPasswordChange.Typed typed;

    LoginView(UserAccounts accounts) {
        this.accounts = accounts;
        setId("login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(getTranslation("security.login.wrong")));
        H1 title = new H1(getTranslation("app.title"));
        title.setId("login-title");
        buildChangePassword();
        add(title, login, changePassword);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof CredentialsExpiredException) {
            login.setVisible(false);
            changePassword.setVisible(true);
            // what was just typed is not asked again; without it (an old tab, a lost session) both fields show
            var session = VaadinSession.getCurrent().getSession();
            typed = PendingPasswordChange.take(session::getAttribute, session::removeAttribute).orElse(null);
            username.setVisible(typed == null);
            oneTime.setVisible(typed == null);
            carriedOver.setVisible(typed != null);
            if (typed != null) {
                carriedOver.setText(getTranslation("security.changeFor", typed.username()));
            }
            return;
        }
        String message = switch (failure) {
            case LoginThrottledException throttled -> getTranslation("security.login.throttled",
                    Math.max(1, (throttled.retryAfterSeconds() + 59) / 60));
            case DisabledException disabled -> getTranslation("security.login.disabled");
            case Throwable t when DatabaseAvailability.isUnavailable(t) -> getTranslation("error.databaseUnavailable.title");
            case null, default -> getTranslation("security.login.wrong");
        };
        login.setI18n(i18n(message));
        login.setError(true);
    }

    private void buildChangePassword() {
        changePassword.setId("change-password");
        changePassword.setVisible(false);
        changePassword.setMaxWidth("24em");
        username.setLabel(getTranslation("security.username"));
        username.setId("change-username");
        oneTime.setLabel(getTranslation("security.oneTimePassword"));
        oneTime.setId("change-old");
        carriedOver.setId("change-for");
        carriedOver.setVisible(false);
        PasswordField fresh = new PasswordField(getTranslation("security.newPassword"));
        fresh.setId("change-new");
        fresh.setHelperText(getTranslation("security.passwordRule", UserAccounts.MIN_PASSWORD));
        PasswordField repeat = new PasswordField(getTranslation("security.repeatPassword"));
        repeat.setId("change-repeat");
        Paragraph result = new Paragraph();
        result.setId("change-result");
        Button save = new Button(getTranslation("security.changePassword"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                result.setText(getTranslation("security.error.repeatDiffers"));
                return;
            }
            try {
                accounts.changeOneTimePassword(typed != null ? typed.username() : username.getValue(),
                        typed != null ? typed.oneTimePassword() : oneTime.getValue(), fresh.getValue(),
                        VaadinRequest.getCurrent().getRemoteAddr());
                typed = null;
                changePassword.setVisible(false);
                login.setError(false);
                login.setVisible(true);
                result.setText("");
                add(new Paragraph(getTranslation("security.passwordChanged")));
            } catch (AccountException problem) {
                result.setText(getTranslation(problem.key(), problem.arguments()));
            } catch (LoginThrottledException throttled) {
                result.setText(getTranslation("security.login.throttled", Math.max(1, (throttled.retryAfterSeconds() + 59) / 60)));
            }
        });
        save.setId("change-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.add(new H2(getTranslation("security.changePassword")),
                new Paragraph(getTranslation("security.mustChange")), carriedOver, username, oneTime, fresh, repeat, save, result);
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.username"));
        i18n.getForm().setPassword(getTranslation("security.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.errorTitle"));
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(getTranslation("security.login.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " · " + getTranslation("app.short");
    }
}
