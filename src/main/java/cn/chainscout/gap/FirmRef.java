package cn.chainscout.gap;

/** A local firm as the diagnosis names it; tier is 百亿 / 50亿 / 10亿 or null when unknown. */
public record FirmRef(String id, String name, String nameEn, String tier, boolean leading) {
}
