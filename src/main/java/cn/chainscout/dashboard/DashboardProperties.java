package cn.chainscout.dashboard;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the plan dashboard; a missing value takes the default shown.
 *
 * @param lowerIsBetter ids of targets met at or below their figure (a rank such as 前5强)
 *                      ([kpi-park-rank-province, kpi-park-rank-national])
 * @param zone          the time zone whose date is "today" for entries and snapshots (Asia/Shanghai)
 */
@ConfigurationProperties("chainscout.dashboard")
public record DashboardProperties(List<String> lowerIsBetter, String zone) {

    public DashboardProperties {
        lowerIsBetter = lowerIsBetter == null ? List.of("kpi-park-rank-province", "kpi-park-rank-national")
                : List.copyOf(lowerIsBetter);
        zone = zone == null || zone.isBlank() ? "Asia/Shanghai" : zone;
    }
}
