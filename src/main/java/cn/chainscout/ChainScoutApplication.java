package cn.chainscout;

import cn.chainscout.backup.BackupCommand;
import cn.chainscout.security.AdminPasswordCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling // the dashboard's hourly trend (dashboard/TrendRecorder)
public class ChainScoutApplication {

    public static void main(String[] args) {
        if (BackupCommand.isCommand(args)) {
            // "backup FILE" / "restore FILE": the command line (docs/security.md)
            System.exit(BackupCommand.run(ChainScoutApplication.class, args));
        }
        if (AdminPasswordCommand.isCommand(args)) {
            // the lost one-time admin password: a new one, printed once (README "Lost the admin password")
            System.exit(AdminPasswordCommand.run(ChainScoutApplication.class, args));
        }
        SpringApplication.run(ChainScoutApplication.class, args);
    }
}
