package cn.chainscout.common.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates the way the district's staff write them, in one place for every page and export:
 * dates as 2026-12-03.
 */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** 2026-12-03, or "—" for no date. */
    public static String date(LocalDate day) {
        return day == null ? "—" : day.format(DATE);
    }

    private Formats() {
    }
}
