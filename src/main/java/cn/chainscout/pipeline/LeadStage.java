package cn.chainscout.pipeline;

/** Where a lead is in the pipeline (项目推进), in board order. */
public enum LeadStage {
    IDENTIFIED("已识别"), CONTACTED("已接洽"), VISITING("考察中"), NEGOTIATING("洽谈中"), SIGNED("已签约"),
    LANDED("已落地"), DROPPED("已放弃");

    private final String zh;

    LeadStage(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Still being worked: shown as overdue when its next step's date has passed. */
    public boolean open() {
        return this.ordinal() < SIGNED.ordinal();
    }
}
