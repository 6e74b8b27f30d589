package cn.chainscout.security;

import java.util.Arrays;
import java.util.List;

import cn.chainscout.common.config.CommandLineSettings;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line {@code --chainscout.reset-admin-password}: starts on the app's settings (data dir or
 * spring.neo4j.uri), gives the admin account a new one-time password, prints it and exits
 * ({@link AdminPasswordReset}). The embedded database is used by one process at a time: stop the app first.
 */
public final class AdminPasswordCommand {

    public static final String FLAG = "--chainscout.reset-admin-password";

    private AdminPasswordCommand() {
    }

    public static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(FLAG) || a.equals(FLAG + "=true"));
    }

    /** @return the process exit code: 0 done, 1 failed */
    public static int run(Class<?> application, String[] args) {
        // as the backup command: no seed work, no first-start account, the web server on a free loopback port
        String[] settings = CommandLineSettings.of(List.of(),
                Arrays.stream(args).filter(a -> !isCommand(new String[] {a})).toList());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).run(settings)) {
            AdminPasswordReset reset = context.getBean(AdminPasswordReset.class);
            String password = CurrentUser.asSystem(reset::reset, Roles.ADMIN);
            System.out.println(framed(reset.username(), password));
            return 0;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("Lock file has been locked")) {
                    System.err.println("Admin password not reset: the data directory is in use by another process "
                            + "(stop the app first) / 数据目录正被占用，请先停止应用");
                    return 1;
                }
            }
            throw e;
        }
    }

    static String framed(String username, String password) {
        return """

                ================================================================
                 The admin password was reset. 管理员密码已重置
                   user name 用户名:           %s
                   one-time password 一次性密码: %s
                 Start the app, sign in at /login and choose your own password.
                 启动应用后请登录 /login 并设置新密码（此密码只显示这一次）。
                ================================================================""".formatted(username, password);
    }
}
