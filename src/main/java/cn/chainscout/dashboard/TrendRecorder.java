package cn.chainscout.dashboard;

import java.time.Clock;

import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Keeps the measured targets' trends: stores their values at start and then every hour, as the app
 * itself, so that opening the dashboard (a leader's read) never writes to the graph. Both run on
 * Spring's executor and scheduler, which finish a running write before the app stops.
 */
@Component
@Order(30)
class TrendRecorder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrendRecorder.class);

    private final DashboardService dashboard;
    private final DashboardProperties properties;
    private final TaskExecutor background;
    private final TaskScheduler scheduler;
    private final Clock clock;

    TrendRecorder(DashboardService dashboard, DashboardProperties properties,
                  @Qualifier("applicationTaskExecutor") TaskExecutor background, TaskScheduler scheduler, Clock clock) {
        this.dashboard = dashboard;
        this.properties = properties;
        this.background = background;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.recordTrend()) {
            // in the background: the start-up (and the first page) need not wait for the trend
            background.execute(this::record);
            // the district's hours: "0 0 * * * *" is on the hour there
            scheduler.schedule(this::record, new CronTrigger(properties.recordCron(), clock.getZone()));
        }
    }

    void record() {
        try {
            int changed = CurrentUser.asSystem(dashboard::recordTrend, Roles.ADMIN);
            log.debug("Dashboard trend: {} snapshot(s) written or removed", changed);
        } catch (RuntimeException e) {
            // a missed hour only thins the trend; the next run catches up (the database may be down)
            log.warn("Recording the dashboard trend failed: {}", e.toString());
        }
    }
}
