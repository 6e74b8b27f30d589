package cn.chainscout.pipeline;

/** The board's and list's filters; null means any. {@code owner} matches part of a name. */
public record LeadFilter(String unit, String owner, String chainId, LeadStage stage, boolean overdueOnly) {

    public static final LeadFilter ALL = new LeadFilter(null, null, null, null, false);
}
