package cn.chainscout.lead;

/** A company's place on a 500-strong list in one year. */
public record RankFact(String rankingId, String list, long year, long rank, String rankingName, String rankingNameEn) {
}
