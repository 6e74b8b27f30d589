package cn.chainscout.backtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The backtest from the command line: with {@code --chainscout.backtest=path.csv} (and optionally
 * {@code --chainscout.backtest-as-of=YYYY-MM-DD}) the app loads the seed, runs the backtest as the
 * system with the analyst's role, prints the report, saves the run and exits (0, or 2 for a bad file).
 */
@Component
@Order(30)
class BacktestCommand implements ApplicationRunner {

    private final BacktestService backtests;
    private final ConfigurableApplicationContext context;
    private final String path;
    private final String asOf;

    BacktestCommand(BacktestService backtests, ConfigurableApplicationContext context,
                    BacktestProperties settings) {
        this.backtests = backtests;
        this.context = context;
        this.path = settings.backtest();
        this.asOf = settings.backtestAsOf();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (path.isBlank()) {
            return;
        }
        int code;
        try {
            byte[] csv = Files.readAllBytes(Path.of(path));
            LocalDate date = asOf.isBlank() ? null : LocalDate.parse(asOf);
            BacktestRun run = CurrentUser.asSystem(() -> backtests.run(Path.of(path).getFileName().toString(), csv, date), Roles.ANALYST);
            System.out.println(BacktestReport.text(run));
            code = 0;
        } catch (BacktestException e) {
            System.err.println(e.getMessage());
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
