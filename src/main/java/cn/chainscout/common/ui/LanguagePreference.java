package cn.chainscout.common.ui;

import java.util.Arrays;
import java.util.Locale;

import cn.chainscout.common.i18n.TranslationProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * The page language is Chinese unless the user chose English; the choice is kept in a cookie
 * so it survives reloads and new sessions (the browser's own language is deliberately ignored).
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "chainscout-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return TranslationProvider.CHINESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> "en".equals(c.getValue()) ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE)
                .orElse(TranslationProvider.CHINESE);
    }

    /** Remembers the choice; call from a user action (a request is in progress). */
    public static void remember(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, TranslationProvider.isEnglish(locale) ? "en" : "zh");
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinResponse.getCurrent().addCookie(cookie);
    }
}
