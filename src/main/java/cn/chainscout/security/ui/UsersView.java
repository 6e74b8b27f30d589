package cn.chainscout.security.ui;

import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;

import cn.chainscout.common.user.Roles;
import cn.chainscout.security.AccountException;
import cn.chainscout.security.UserAccount;
import cn.chainscout.security.UserAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 用户管理 for the data administrator: create accounts (with a one-time password shown once), set
 * roles, disable, reset a password. Every change goes to the audit trail (in the service).
 */
@Route("users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UserAccounts accounts;
    private final Grid<UserAccount> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final CheckboxGroup<String> editRoles = roleChoice("users-edit-roles");
    private final Checkbox editEnabled = new Checkbox();
    private final H2 editTitle = new H2();
    private final VerticalLayout editor = new VerticalLayout();
    private UserAccount editing;

    UsersView(UserAccounts accounts) {
        this.accounts = accounts;
        addClassName("cs-page");
        message.setId("users-message");

        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("security.username"));
        grid.addColumn(u -> roleNames(u.roles())).setHeader(getTranslation("security.roles")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.enabled() ? "security.enabled" : "security.disabled"))
                .setHeader(getTranslation("security.status"));
        grid.addColumn(u -> u.mustChangePassword() ? getTranslation("security.oneTimePending") : "")
                .setHeader(getTranslation("security.password"));
        grid.addColumn(u -> u.createdAt() == null ? "" : WHEN.format(u.createdAt()) + " · " + u.createdBy())
                .setHeader(getTranslation("security.created"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        add(new H1(getTranslation("nav.users")), createForm(), message, new Paragraph(getTranslation("security.clickToEdit")),
                grid, buildEditor());
        refresh();
    }

    private HorizontalLayout createForm() {
        TextField username = new TextField(getTranslation("security.newUsername"));
        username.setId("users-new-name");
        username.setHelperText(getTranslation("security.usernameRule"));
        CheckboxGroup<String> roles = roleChoice("users-new-roles");
        Button create = new Button(getTranslation("security.createUser"), e -> {
            try {
                String password = accounts.create(username.getValue(), roles.getValue());
                show(getTranslation("security.created.oneTime", username.getValue().strip(), password));
                username.clear();
                roles.clear();
                refresh();
            } catch (AccountException problem) {
                show(getTranslation(problem.key(), problem.arguments()));
            }
        });
        create.setId("users-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, roles, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private VerticalLayout buildEditor() {
        editor.setId("users-editor");
        editor.setPadding(false);
        editor.setVisible(false);
        editEnabled.setLabel(getTranslation("security.mayLogin"));
        editEnabled.setId("users-edit-enabled");
        Button save = new Button(getTranslation("security.save"), e -> {
            try {
                accounts.update(editing.username(), editing.version(), editRoles.getValue(), editEnabled.getValue());
                show(getTranslation("security.saved", editing.username()));
                refresh();
            } catch (AccountException problem) {
                show(getTranslation(problem.key(), problem.arguments()));
            }
        });
        save.setId("users-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("security.resetPassword"), e -> {
            try {
                String password = accounts.resetPassword(editing.username());
                show(getTranslation("security.reset.oneTime", editing.username(), password));
                refresh();
            } catch (AccountException problem) {
                show(getTranslation(problem.key(), problem.arguments()));
            }
        });
        reset.setId("users-reset");
        editor.add(editTitle, editRoles, editEnabled, new HorizontalLayout(save, reset));
        return editor;
    }

    private void edit(UserAccount account) {
        editing = account;
        editor.setVisible(account != null);
        if (account != null) {
            editTitle.setText(getTranslation("security.editUser", account.username()));
            editRoles.setValue(new TreeSet<>(account.roles()));
            editEnabled.setValue(account.enabled());
        }
    }

    private void refresh() {
        grid.setItems(accounts.list());
        edit(null);
    }

    private void show(String text) {
        message.setText(text);
    }

    private CheckboxGroup<String> roleChoice(String id) {
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("security.roles"));
        roles.setId(id);
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("security.role." + r));
        return roles;
    }

    private String roleNames(Set<String> roles) {
        return String.join(getTranslation("common.listSep"), Roles.ALL.stream().filter(roles::contains).map(r -> getTranslation("security.role." + r)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.short");
    }
}
