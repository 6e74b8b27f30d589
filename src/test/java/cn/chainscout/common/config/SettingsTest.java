package cn.chainscout.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;

import cn.chainscout.dashboard.DashboardProperties;
import cn.chainscout.gap.GapProperties;
import cn.chainscout.importer.ImportProperties;
import cn.chainscout.lead.ScoringProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The settings as a start binds them, without the database: a light context per case. */
class SettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DistrictProperties.class, ScoringProperties.class, GapProperties.class,
            DashboardProperties.class, ImportProperties.class})
    @Import(ClockConfiguration.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theDefaultsStartAndTheClockIsTheDistrictsZone() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(context.getBean(ScoringProperties.class).gapWeight()).isEqualTo(0.3);
            assertThat(context.getBean(DistrictProperties.class).district()).isEqualTo("wangcheng");
        });
        runner.withPropertyValues("chainscout.zone=Europe/Berlin")
                .run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Berlin")));
    }

    @Test
    void aNegativeWeightStopsTheStartWithOneLineNamingTheSetting() {
        assertThat(failure("chainscout.scoring.gap-weight=-1"))
                .isEqualTo("chainscout.scoring.gap-weight = -1.0: must be greater than or equal to 0");
        assertThat(failure("chainscout.gaps.missing-weight=-10")).startsWith("chainscout.gaps.missing-weight = -10.0: ");
    }

    @Test
    void otherImpossibleValuesAreNamedToo() {
        assertThat(failure("chainscout.scoring.fit-floor=1.5")).startsWith("chainscout.scoring.fit-floor = 1.5: ");
        assertThat(failure("chainscout.zone=Asia/Changsha")).isEqualTo("chainscout.zone: Unknown time-zone ID: Asia/Changsha");
        assertThat(failure("chainscout.import.max-rows=0")).startsWith("chainscout.import.max-rows = 0: ");
        assertThat(failure("chainscout.dashboard.record-cron=hourly")).contains("chainscout.dashboard.record-cron");
    }

    /** The one line the start prints for this setting. */
    private String failure(String setting) {
        String[] line = new String[1];
        runner.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new SettingFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).as("analysed").isNotNull();
            line[0] = analysis.getDescription();
        });
        assertThat(line[0]).doesNotContain("\n");
        return line[0];
    }
}
