package cn.chainscout.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import cn.chainscout.common.config.CommandLineSettings;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code backup FILE} writes the graph to FILE, {@code restore FILE} restores FILE
 * into an empty database; both on the same settings as the app (data dir,
 * or spring.neo4j.uri). The embedded database can be used by one process at a time: stop the app first
 * (or download a backup from the running app instead).
 */
public final class BackupCommand {

    public static boolean isCommand(String[] args) {
        return args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]));
    }

    /** @return the process exit code: 0 done, 1 refused or failed, 2 usage */
    public static int run(Class<?> application, String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("usage: backup FILE | restore FILE  [--chainscout.neo4j.embedded.data-dir=DIR …]");
            return 2;
        }
        String command = args[0];
        Path file = Path.of(args[1]);
        boolean restore = "restore".equals(command);
        // command-line settings win over application.yml: a restore needs a truly empty database (no seed,
        // no first-start account); Vaadin needs a web context, so the web server runs, on a free loopback port
        String[] settings = CommandLineSettings.of(List.of("--chainscout.seed.enabled=" + !restore),
                Arrays.asList(args).subList(2, args.length));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).run(settings)) {
            BackupService backups = context.getBean(BackupService.class);
            GraphDump.Summary summary = CurrentUser.asSystem(() -> restore ? restoreFrom(backups, file) : backupTo(backups, file),
                    Roles.ADMIN);
            System.out.println((restore ? "Restored " : "Backed up ") + summary.nodes() + " nodes and "
                    + summary.relationships() + " relationships " + (restore ? "from " : "to ") + file.toAbsolutePath());
            return 0;
        } catch (BackupException e) {
            System.err.println((restore ? "Restore refused: " : "Backup failed: ") + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("Lock file has been locked")) {
                    System.err.println(command + " not run: the data directory is in use by another process (is the app "
                            + "running on it? stop it first, or download a backup from the running app: docs/security.md)");
                    return 1;
                }
            }
            throw e;
        }
    }

    private static GraphDump.Summary backupTo(BackupService backups, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return backups.backup(out);
        } catch (IOException e) {
            throw new BackupException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static GraphDump.Summary restoreFrom(BackupService backups, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return backups.restore(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new BackupException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private BackupCommand() {
    }
}
