package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.PageTest;
import cn.chainscout.audit.AuditEntry;
import cn.chainscout.audit.AuditFilter;
import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * First sign-in with a one-time password: the change form asks only for the new password (twice), and
 * the lost admin password has a way out on the server.
 */
class FirstSignInPageTest extends PageTest {

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    UserQueries users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AdminPasswordReset adminReset;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theOneTimePasswordJustTypedIsNotAskedAgain() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        String name = "first-" + System.nanoTime();
        users.create(name, encoder.encode("one-time-secret-7"), List.of(Roles.LEADER), true, "test");

        // the sign-in form posts the one-time password in this browser's session: right, but must be changed
        var session = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
        post.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(post));
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "one-time-secret-7")))
                .isInstanceOf(CredentialsExpiredException.class)
                .satisfies(e -> session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, e));
        RequestContextHolder.resetRequestAttributes();

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(byId("change-username").isVisible()).as("user name not asked again").isFalse();
        assertThat(byId("change-old").isVisible()).as("one-time password not asked again").isFalse();
        assertThat(textOf($view(Paragraph.class).id("change-for"))).contains(name);
        assertThat(pageText()).doesNotContain("one-time-secret-7");

        test($view(PasswordField.class).id("change-new")).setValue("my-own-password-42");
        test($view(PasswordField.class).id("change-repeat")).setValue("my-own-password-42");
        test($view(Button.class).id("change-save")).click();

        var account = users.find(name).orElseThrow();
        assertThat(account.account().mustChangePassword()).isFalse();
        assertThat(encoder.matches("my-own-password-42", account.passwordHash())).isTrue();
        assertThat(pageText()).contains("新密码已设置");
        assertThat(session.getAttribute(PendingPasswordChange.ATTRIBUTE)).as("not kept after use").isNull();
    }

    @Test
    void withoutACarriedOverPasswordTheFormStillAsksForIt() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new CredentialsExpiredException("expired"));

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        assertThat(byId("change-username").isVisible()).isTrue();
        assertThat(byId("change-old").isVisible()).isTrue();
    }

    @Test
    void theResetCommandGivesTheAdminANewOneTimePasswordToChangeAtTheNextSignIn() {
        String admin = adminReset.username();
        String before = users.find(admin).map(UserQueries.Credentials::passwordHash).orElse(null);

        String fresh = CurrentUser.asSystem(adminReset::reset, Roles.ADMIN);

        var account = users.find(admin).orElseThrow();
        assertThat(account.passwordHash()).isNotEqualTo(before);
        assertThat(encoder.matches(fresh, account.passwordHash())).isTrue();
        assertThat(account.account().mustChangePassword()).isTrue();
        assertThat(account.account().enabled()).isTrue();
        assertThat(account.account().roles()).contains(Roles.ADMIN);
        // the new password signs in only to be changed
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(admin, fresh)))
                .isInstanceOf(CredentialsExpiredException.class);
        List<AuditEntry> entries = CurrentUser.asSystem(() -> audit.search(
                new AuditFilter(CurrentUser.SYSTEM, "User", "user.resetPassword", null, null), 0, 10), Roles.ADMIN);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.entityId()).isEqualTo(admin);
            assertThat(e.after()).contains("--chainscout.reset-admin-password");
        });
        assertThat(AdminPasswordCommand.isCommand(new String[] {"--chainscout.reset-admin-password"})).isTrue();
        assertThat(AdminPasswordCommand.framed(admin, fresh)).contains(admin, fresh, "一次性密码");
    }

    /** A component of the page by id, shown or hidden. */
    private com.vaadin.flow.component.Component byId(String id) {
        return tree((com.vaadin.flow.component.Component) getCurrentView()).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> tree(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(FirstSignInPageTest::tree));
    }
}
