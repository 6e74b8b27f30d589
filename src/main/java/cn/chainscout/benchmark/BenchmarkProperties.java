package cn.chainscout.benchmark;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scale benchmark (README, docs/BENCHMARKS.md); read only when it runs.
 *
 * @param sizes         synthetic graph sizes, in companies
 * @param runs          timed runs per query
 * @param warmUps       untimed runs before them
 * @param report        where the report is written
 * @param seed          seed of the synthetic graph
 * @param budgetSeconds the longest one size may take
 * @param reuse         reuse a synthetic graph already built
 */
@Validated
@ConfigurationProperties("chainscout.benchmark")
public record BenchmarkProperties(
        @DefaultValue({"10000", "100000", "1000000"}) List<Integer> sizes,
        @DefaultValue("30") @Positive int runs,
        @DefaultValue("5") @PositiveOrZero int warmUps,
        @DefaultValue("docs/BENCHMARKS.md") Path report,
        @DefaultValue("42") long seed,
        @DefaultValue("60") @Positive long budgetSeconds,
        @DefaultValue("false") boolean reuse) {
}
