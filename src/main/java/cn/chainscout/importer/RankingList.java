package cn.chainscout.importer;

import java.util.List;

/**
 * A list the graph already knows (from the seed or an earlier import), described by its latest year.
 *
 * @param list        FORTUNE_GLOBAL_500, CHINA_TOP_500, CHINA_PRIVATE_500 …
 * @param revenueUnit how the list's revenue is stored (USD_M, CNY_10K)
 * @param years       the years in the graph, newest first
 */
public record RankingList(String list, String name, String nameEn, String publisher, String revenueUnit,
        List<Long> years) {

    /** The Ranking id of a year, as the seed spells it: fortune-global-500-2024. */
    public String rankingId(int year) {
        return list.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + year;
    }

    /** China's lists give a province; the world list a country. */
    boolean chinese() {
        return list.startsWith("CHINA");
    }
}
