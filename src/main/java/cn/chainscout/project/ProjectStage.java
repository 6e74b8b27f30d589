package cn.chainscout.project;

/** A project's own life after signing: signed is not landed (签约 → 开工 → 投产). */
public enum ProjectStage {
    SIGNED("已签约"), STARTED("已开工"), PRODUCING("已投产");

    private final String zh;

    ProjectStage(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The one stage that may follow this one, or null at the end. */
    public ProjectStage next() {
        return this == SIGNED ? STARTED : this == STARTED ? PRODUCING : null;
    }
}
