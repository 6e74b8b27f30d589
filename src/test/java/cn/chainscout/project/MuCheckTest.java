package cn.chainscout.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The 亩均 bar on examples worked by hand: per mu = total (万元) / 亩; at least the bar passes. */
class MuCheckTest {

    private static final MuBarProperties PLAN = new MuBarProperties(null, null, null);

    @Test
    void theDefaultsAreThePlans() {
        assertThat(PLAN.investmentWan()).isEqualTo(400.0);
        assertThat(PLAN.taxWan()).isEqualTo(40.0);
        assertThat(PLAN.outputWan()).isEqualTo(800.0);
    }

    @Test
    void aProjectAboveTheBarOnEveryMeasurePasses() {
        // 10 亿元 = 100,000 万元 on 200 亩 → 500 万元/亩; 20 亿元 output → 1,000; 10,000 万元 tax → 50
        MuCheck check = MuCheck.of(10, 200, 20, 10_000, PLAN);
        assertThat(check.measure("investment").perMuWan()).isEqualTo(500.0);
        assertThat(check.measure("output").perMuWan()).isEqualTo(1000.0);
        assertThat(check.measure("tax").perMuWan()).isEqualTo(50.0);
        assertThat(check.passes()).isTrue();
    }

    @Test
    void exactlyOnTheBarPasses() {
        // 4 亿元 on 100 亩 = 400; 8 亿元 output = 800; 4,000 万元 tax = 40
        MuCheck check = MuCheck.of(4, 100, 8, 4_000, PLAN);
        assertThat(check.measures()).allSatisfy(m -> assertThat(m.pass()).as(m.name()).isTrue());
        // 1.2 亿元 on 30 亩 is 400 exactly, though 1.2 is no exact binary double: decimal arithmetic
        assertThat(MuCheck.of(1.2, 30, 2.4, 1_200, PLAN).passes()).isTrue();
    }

    @Test
    void eachMeasureFailsOnItsOwn() {
        // investment 3.99 亿元 / 100 亩 = 399 < 400
        MuCheck investment = MuCheck.of(3.99, 100, 8, 4_000, PLAN);
        assertThat(investment.measure("investment").pass()).isFalse();
        assertThat(investment.measure("investment").perMuWan()).isEqualTo(399.0);
        assertThat(investment.measure("tax").pass()).isTrue();
        assertThat(investment.passes()).isFalse();
        // tax 3,999 万元 / 100 亩 = 39.99 < 40
        MuCheck tax = MuCheck.of(4, 100, 8, 3_999, PLAN);
        assertThat(tax.measure("tax").pass()).isFalse();
        assertThat(tax.measure("investment").pass()).isTrue();
        // output 7.99 亿元 / 100 亩 = 799 < 800
        MuCheck output = MuCheck.of(4, 100, 7.99, 4_000, PLAN);
        assertThat(output.measure("output").pass()).isFalse();
        assertThat(output.measure("output").perMuWan()).isEqualTo(799.0);
    }

    @Test
    void theBarIsConfiguration() {
        // bound as Spring binds application.yml or the environment (CHAINSCOUT_PROJECTS_MUBAR_…)
        MuBarProperties stricter = new Binder(new MapConfigurationPropertySource(Map.of(
                "chainscout.projects.mu-bar.investment-wan", "600", "chainscout.projects.mu-bar.tax-wan", "60",
                "chainscout.projects.mu-bar.output-wan", "1200")))
                .bind("chainscout.projects.mu-bar", MuBarProperties.class).get();
        assertThat(MuCheck.of(10, 200, 20, 10_000, stricter).passes()).isFalse();
        assertThat(MuCheck.of(10, 200, 20, 10_000, stricter).measure("investment").thresholdWan()).isEqualTo(600.0);
        assertThat(MuCheck.of(10, 200, 20, 10_000, stricter).measure("tax").thresholdWan()).isEqualTo(60.0);
        // a setting left out keeps the plan's figure
        MuBarProperties partly = new Binder(new MapConfigurationPropertySource(Map.of("chainscout.projects.mu-bar.tax-wan", "45")))
                .bind("chainscout.projects.mu-bar", MuBarProperties.class).get();
        assertThat(partly).isEqualTo(new MuBarProperties(400.0, 45.0, 800.0));
    }
}
