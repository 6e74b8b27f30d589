package cn.chainscout.backtest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The backtest command line (docs/BACKTEST.md).
 *
 * @param backtest     a CSV of real signings: run the backtest on it, print the report, save the run and exit
 * @param backtestAsOf the date the leads are read as of (yyyy-mm-dd); empty: one year before each signing
 */
@Validated
@ConfigurationProperties("chainscout")
public record BacktestProperties(@DefaultValue("") String backtest, @DefaultValue("") String backtestAsOf) {
}
