package cn.chainscout.dashboard;

import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the measured targets' trends: stores their values at start and then every hour, as the app
 * itself, so that opening the dashboard (a leader's read) never writes to the graph.
 */
@Component
@Order(30)
class TrendRecorder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrendRecorder.class);

    private final DashboardService dashboard;
    private final boolean enabled;

    TrendRecorder(DashboardService dashboard, @Value("${chainscout.dashboard.record-trend:true}") boolean enabled) {
        this.dashboard = dashboard;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in the background: the start-up (and the first page) need not wait for the trend
        if (enabled) {
            Thread.ofVirtual().name("dashboard-trend").start(this::record);
        }
    }

    @Scheduled(cron = "${chainscout.dashboard.record-cron:0 0 * * * *}", zone = "${chainscout.dashboard.zone:Asia/Shanghai}")
    void record() {
        if (!enabled) {
            return;
        }
        try {
            int changed = CurrentUser.asSystem(dashboard::recordTrend, Roles.ADMIN);
            log.debug("Dashboard trend: {} snapshot(s) written or removed", changed);
        } catch (RuntimeException e) {
            // a missed hour only thins the trend; the next run catches up (the database may be down)
            log.warn("Recording the dashboard trend failed: {}", e.toString());
        }
    }
}
