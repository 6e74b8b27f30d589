package cn.chainscout.dashboard;

import java.time.LocalDate;

/** One dated value of a target: a hand entry or a snapshot of a measured value. */
public record TrendPoint(LocalDate on, double value) {
}
