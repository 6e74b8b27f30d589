package cn.chainscout.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules that make two spellings of one company compare equal: full-width → half-width,
 * traditional → simplified for the characters common in company names, no spaces or punctuation,
 * legal-form suffixes (股份有限公司, 有限公司, 集团 …; Inc., Ltd., Group …) removed.
 */
public final class NameNormaliser {

    // traditional → simplified: the characters that occur in the names on the three lists (pairs side by side)
    private static final String TRADITIONAL = "國華團門東車電銀業際設計產發開實寶長興豐灣匯廣網聯龍點鐵鋼礦氣貿運輸險壽證醫藥億經濟貨測機紡織飛達歐亞馬愛來為與體術學環農稅線纜儀齊陽雲萬對會號數據質紅綠潔淨濱島漢滬閩贛黃優訊勝恆騰鴻錦財務資產權礎築鐘錶鏈廠區縣創慶蘇滙滿葯義雙";
    private static final String SIMPLIFIED = "国华团门东车电银业际设计产发开实宝长兴丰湾汇广网联龙点铁钢矿气贸运输险寿证医药亿经济货测机纺织飞达欧亚马爱来为与体术学环农税线缆仪齐阳云万对会号数据质红绿洁净滨岛汉沪闽赣黄优讯胜恒腾鸿锦财务资产权础筑钟表链厂区县创庆苏汇满药义双";

    /** Legal forms, longest first; removed from the end again and again ("…控股集团有限公司"). */
    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份公司",
            "有限公司", "集团公司", "股份公司", "总公司", "控股集团", "集团", "控股", "公司");

    /** A "(中国)" or "(集团)" inside the name is a legal wrapper, not part of who the company is. */
    private static final Pattern WRAPPERS = Pattern.compile("\\((中国|集团|控股)\\)");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\([^()]*\\)\\s*$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\p{Punct}·・、，。《》“”‘’「」]+");
    private static final List<String> ENGLISH_SUFFIXES = List.of("incorporated", "inc", "corporation", "corp", "company",
            "co", "limited", "ltd", "plc", "group", "holdings", "holding", "sa", "ag", "se", "nv", "the", "llc", "lp");

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("traditional/simplified tables differ in length");
        }
    }

    /** Full-width letters, digits, brackets and spaces as their ASCII forms (NFKC). */
    public static String halfWidth(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u3000', ' ');
    }

    public static String simplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int i = c < 0x10000 ? TRADITIONAL.indexOf(c) : -1;
            out.appendCodePoint(i >= 0 ? SIMPLIFIED.charAt(i) : c);
        });
        return out.toString();
    }

    /** The key a Chinese (or any) name is compared on: "比亚迪股份有限公司" and "比亞迪" give "比亚迪". */
    public static String normalise(String name) {
        String t = simplified(halfWidth(name)).toLowerCase(Locale.ROOT).strip();
        t = WRAPPERS.matcher(t).replaceAll("");
        t = TRAILING_BRACKET.matcher(t).replaceAll(""); // "…有限公司(美团)": a short name after the legal one
        t = PUNCTUATION.matcher(t).replaceAll("");
        boolean removed = true;
        while (removed) {
            removed = false;
            for (String suffix : SUFFIXES) {
                if (t.endsWith(suffix) && t.length() > suffix.length() + 1) {
                    t = t.substring(0, t.length() - suffix.length());
                    removed = true;
                    break;
                }
            }
        }
        return t;
    }

    /** The key an English name is compared on: "Walmart Inc." and "WALMART" give "walmart". */
    public static String normaliseEnglish(String name) {
        String t = halfWidth(name).toLowerCase(Locale.ROOT).replace("&", " and ");
        List<String> words = new java.util.ArrayList<>(List.of(t.split("[^a-z0-9]+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && ENGLISH_SUFFIXES.contains(words.getLast())) {
            words.removeLast();
        }
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        return String.join(" ", words);
    }

    private NameNormaliser() {
    }
}
