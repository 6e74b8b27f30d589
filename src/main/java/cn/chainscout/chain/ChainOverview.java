package cn.chainscout.chain;

import java.util.List;

/** A chain as the home page shows it: its size and the district's firms in it. */
public record ChainOverview(String id, String name, String nameEn, String districtId, boolean main,
                            Double outputTargetYi, long segmentCount, List<LocalFirm> localFirms) {

    /** A local firm operating in one of the chain's segments. */
    public record LocalFirm(String id, String name, String nameEn, boolean leading, String tier, String parkName) {
    }
}
