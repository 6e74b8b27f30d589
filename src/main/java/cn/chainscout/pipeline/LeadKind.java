package cn.chainscout.pipeline;

/** Why a lead exists: 产业链招商 (fills a gap), 以商招商 (through a local firm), 定向招商 (entered by hand). */
public enum LeadKind {
    CHAIN("产业链招商"), BUSINESS("以商招商"), DIRECTED("定向招商");

    private final String zh;

    LeadKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
