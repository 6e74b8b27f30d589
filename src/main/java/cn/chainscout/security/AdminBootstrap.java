package cn.chainscout.security;

import cn.chainscout.database.GraphSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * First start, no account yet: creates the admin account, with the password from
 * CHAINSCOUT_ADMIN_PASSWORD if set, otherwise with a random one-time password printed once to the
 * log, which must be changed at the first sign-in. There is no default password. Runs before the web
 * server opens, so the first request already finds the account.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final GraphSchema schema;
    private final String username;
    private final String password;
    private final boolean enabled;
    private volatile String oneTimePassword;

    AdminBootstrap(UserAccounts accounts, GraphSchema schema, AdminProperties settings) {
        this.accounts = accounts;
        this.schema = schema;
        this.username = settings.username();
        this.password = settings.password();
        this.enabled = settings.bootstrap();
    }

    @Override
    public void afterSingletonsInstantiated() {
        // off for the restore command: a restore needs an empty database (the backup brings its accounts)
        if (enabled) {
            // the account's uniqueness constraint first (applying the schema again later is a no-op)
            schema.apply();
            createAdminIfNoAccount();
        }
    }

    /** @return true if it created the admin account */
    boolean createAdminIfNoAccount() {
        if (accounts.count() > 0) {
            return false;
        }
        if (!password.isBlank()) {
            accounts.createFirstAdmin(username, password, false);
            log.info("No account yet: created the admin account '{}' with the password from CHAINSCOUT_ADMIN_PASSWORD", username);
            return true;
        }
        String oneTime = UserAccounts.oneTimePassword();
        accounts.createFirstAdmin(username, oneTime, true);
        oneTimePassword = oneTime;
        return true;
    }

    /** The one-time password is printed once the app is up, as the last start-up lines, so no log hides it. */
    @EventListener(ApplicationReadyEvent.class)
    void printOneTimePassword() {
        String oneTime = oneTimePassword;
        if (oneTime == null) {
            return;
        }
        oneTimePassword = null;
        log.warn("""

                ================================================================
                 No account yet: created the admin account.
                 首次启动：已创建管理员账户
                   user name 用户名:           {}
                   one-time password 一次性密码: {}
                 Sign in at /login and choose your own password (shown only now).
                 请登录 /login 并立即设置新密码（此密码只显示这一次）。
                ================================================================""", username, oneTime);
    }
}
