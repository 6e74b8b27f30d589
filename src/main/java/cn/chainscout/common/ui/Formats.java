package cn.chainscout.common.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.common.i18n.TranslationProvider;

/**
 * Numbers and dates the way the district's staff write them, in one place for every page: money in
 * 亿元 (万元 where small), ranks as 第7名, dates as 2026-12-03; and the same in plain English.
 */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** The plan's units in English (the seed writes them in Chinese). */
    private static final Map<String, String> UNITS_EN = Map.of("个", "", "家", "firms", "亿元", "100 m yuan", "名", "",
            "%", "%", "万元", "10,000 yuan");

    /** 2026-12-03, or "—" for no date. */
    public static String date(LocalDate day) {
        return day == null ? "—" : day.format(DATE);
    }

    /**
     * A date picker that shows and reads 2026-12-03 like every other date in the app (not 2026/12/3), and whose
     * calendar speaks the page's language (the component's own words are English).
     */
    public static <T extends com.vaadin.flow.component.datepicker.DatePicker> T isoDates(T picker) {
        var i18n = new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null && !TranslationProvider.isEnglish(ui.getLocale())) {
            i18n.setMonthNames(java.util.List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                            "十一月", "十二月"))
                    .setWeekdays(java.util.List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"))
                    .setWeekdaysShort(java.util.List.of("日", "一", "二", "三", "四", "五", "六"))
                    .setFirstDayOfWeek(1).setToday("今天").setCancel("取消");
        }
        picker.setI18n(i18n);
        return picker;
    }

    /** 第7名 / No. 7. */
    public static String rank(long rank, Locale locale) {
        return TranslationProvider.isEnglish(locale) ? "No. " + rank : "第" + rank + "名";
    }

    /**
     * An amount given in a list's unit (CNY_10K = 万元, USD_M = million US$): 744.1 亿元 rather than
     * 7,440,973 万元; 3,832.9 亿美元; in English CNY 74.4 bn, US$ 383.3 bn.
     */
    public static String money(double amount, String unit, Locale locale) {
        boolean english = TranslationProvider.isEnglish(locale);
        if ("USD_M".equals(unit)) {
            return english ? String.format("US$ %,.1f bn", amount / 1000) : String.format("%,.1f 亿美元", amount / 100);
        }
        if ("CNY_10K".equals(unit)) {
            return yuan(amount / 10_000, locale);
        }
        return String.format("%,.0f", amount) + (unit == null ? "" : " " + unit);
    }

    /** An amount in 亿元: 12.5 亿元, or 3,000 万元 below one 亿; CNY 1.25 bn / CNY 30 m in English. */
    public static String yuan(double yi, Locale locale) {
        boolean english = TranslationProvider.isEnglish(locale);
        if (english) {
            return yi >= 10 ? String.format("CNY %,.1f bn", yi / 10) : String.format("CNY %,.0f m", yi * 100);
        }
        return yi >= 1 ? String.format("%,.1f 亿元", yi) : String.format("%,.0f 万元", yi * 10_000);
    }

    /** A target's unit in the page's language (个 and 名 need no word in English). */
    public static String unit(String unit, Locale locale) {
        if (unit == null) {
            return "";
        }
        return TranslationProvider.isEnglish(locale) ? UNITS_EN.getOrDefault(unit, unit) : unit;
    }

    /** A firm's size tier as the seed writes it (百亿 / 50亿 / 10亿); in English ≥ CNY 10 bn, ≥ CNY 5 bn, ≥ CNY 1 bn. */
    public static String tier(String tier, Locale locale) {
        if (tier == null || !TranslationProvider.isEnglish(locale)) {
            return tier;
        }
        return switch (tier) {
            case "百亿" -> "≥ CNY 10 bn";
            case "50亿" -> "≥ CNY 5 bn";
            case "10亿" -> "≥ CNY 1 bn";
            default -> tier;
        };
    }

    private Formats() {
    }
}
