package cn.chainscout.gap;

/** A leaf segment's standing at home; the first three are gaps, in falling severity. */
public enum GapStatus {
    /** 缺链: the chain needs it and no local firm operates in it. */
    MISSING("缺链", "missing"),
    /** 断链: local firms exist, but none is tied (same firm or SUPPLIES) to the local firms it feeds. */
    BROKEN("断链", "broken"),
    /** 弱链: fewer local firms than the threshold and none of the strong tier. */
    WEAK("弱链", "weak"),
    /** 已覆盖: needed and served at home. */
    COVERED("已覆盖", "covered"),
    /** 非必需: not key, feeds no local firm, and no local firm operates in it. */
    NOT_NEEDED("非必需", "not needed");

    private final String zh;
    private final String en;

    GapStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean isGap() {
        return this == MISSING || this == BROKEN || this == WEAK;
    }
}
