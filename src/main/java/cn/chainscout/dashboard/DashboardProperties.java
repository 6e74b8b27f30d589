package cn.chainscout.dashboard;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the plan dashboard (docs/dashboard.md); its "today" is the district's (chainscout.zone).
 *
 * @param lowerIsBetter ids of targets met at or below their figure (a rank such as 前5强)
 * @param recordTrend   store the measured targets' values at start and on record-cron (tests call it themselves)
 * @param recordCron    when the measured targets' values are stored for their trends, in the district's zone
 */
@Validated
@ConfigurationProperties("chainscout.dashboard")
public record DashboardProperties(
        @DefaultValue({"kpi-park-rank-province", "kpi-park-rank-national"}) List<String> lowerIsBetter,
        @DefaultValue("true") boolean recordTrend,
        @DefaultValue("0 0 * * * *") @NotBlank String recordCron) {

    public DashboardProperties {
        lowerIsBetter = List.copyOf(lowerIsBetter);
        if (!org.springframework.scheduling.support.CronExpression.isValidExpression(recordCron)) {
            throw new IllegalArgumentException("chainscout.dashboard.record-cron is no cron expression: '" + recordCron + "'");
        }
    }
}
