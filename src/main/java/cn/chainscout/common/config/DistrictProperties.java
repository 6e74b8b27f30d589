package cn.chainscout.common.config;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The district the app serves.
 *
 * @param district the district whose chains the pages show (its id in graph-seed/district.csv); empty: every
 *                 district in the graph
 * @param zone     the district's time zone: "today", entry dates, snapshots, backups and the hourly trend
 */
@Validated
@ConfigurationProperties("chainscout")
public record DistrictProperties(
        @DefaultValue("wangcheng") String district,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {

    /** The configured district, or null for "every district in the graph". */
    public String districtOrNull() {
        return district == null || district.isBlank() ? null : district;
    }
}
