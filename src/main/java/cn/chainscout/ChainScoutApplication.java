package cn.chainscout;

import cn.chainscout.backup.BackupCommand;
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
        SpringApplication.run(ChainScoutApplication.class, args);
    }
}
