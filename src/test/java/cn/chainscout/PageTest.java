package cn.chainscout;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A page checked without a browser, in the suite's one Spring context: sign in as a test account,
 * {@code navigate("leads", LeadsView.class)}, then read what the page shows. Chromium journeys (the
 * second tier) are kept for what needs a real browser: drawing, downloads, screenshots.
 */
@ChainScoutTest
public abstract class PageTest extends SpringBrowserlessTest {

    /** Signs in as one of the test accounts (security/TestUserFixture), with its one role. */
    protected void signInAs(TestUser user) {
        UserDetails account = User.withUsername(user.username()).password("").roles(user.role()).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** All the text a person would read in the component, children included. */
    protected static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** All the text of the page now shown. */
    protected String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
