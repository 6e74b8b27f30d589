package cn.chainscout.security.ui;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import cn.chainscout.security.AccountException;
import cn.chainscout.security.ApiTokens;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.modulith.NamedInterface;

/** 我的令牌: the signed-in person's API tokens — make one (shown once), see when each was last used, revoke. */
@NamedInterface("components") // opened from the shell's top bar
public class TokensDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApiTokens tokens;
    private final Grid<ApiTokens.Token> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField shown = new TextField();
    private final Paragraph shownNote = new Paragraph();

    public TokensDialog(ApiTokens tokens) {
        this.tokens = tokens;
        setId("tokens-dialog");
        setHeaderTitle(getTranslation("security.token.title"));
        setWidth("720px");
        name.setId("token-name");
        name.setPlaceholder(getTranslation("security.token.name"));
        name.setMaxLength(ApiTokens.MAX_NAME);
        name.setWidth("320px");
        Button create = new Button(getTranslation("security.token.create"), e -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        shown.setId("token-shown");
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setVisible(false);
        shownNote.setVisible(false);
        grid.setId("token-grid");
        grid.addColumn(ApiTokens.Token::name).setHeader(getTranslation("security.token.name")).setFlexGrow(2);
        grid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("security.token.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("security.token.never") : when(t.lastUsedAt()))
                .setHeader(getTranslation("security.token.lastUsed"));
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("security.token.revoke"), e -> {
                tokens.revoke(t.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        });
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("security.token.none"));
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("security.token.intro")), form, shownNote, shown, grid);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("security.token.close"), e -> close()));
        refresh();
    }

    private void create() {
        try {
            ApiTokens.NewToken made = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            shownNote.setText(getTranslation("security.token.shownOnce"));
            shownNote.setVisible(true);
            shown.setValue(made.token());
            shown.setVisible(true);
            refresh();
        } catch (AccountException e) {
            name.setErrorMessage(getTranslation(e.key(), e.arguments()));
            name.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(ZonedDateTime at) {
        return at == null ? "" : at.withZoneSameInstant(ZoneId.systemDefault()).format(WHEN);
    }
}
