package cn.chainscout.backtest;

/** A saved backtest run as listed: who started it and when. */
public record SavedRun(String id, String name, String createdAt, String createdBy) {
}
