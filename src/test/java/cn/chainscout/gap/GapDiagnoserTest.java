package cn.chainscout.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The diagnosis rules on hand-built facts: one input → one status, and the thresholds are settings. */
class GapDiagnoserTest {

    private static final FirmRef ASSEMBLER = new FirmRef("asm", "组装厂", "Assembler", "百亿", true);

    private static GapDiagnoser.SegmentFacts segment(String id, boolean key, List<FirmRef> firms, String... feeds) {
        return new GapDiagnoser.SegmentFacts(id, id, id, "UPSTREAM", key, null, null, true, firms, List.of(feeds), 0);
    }

    private static ChainGaps diagnose(GapProperties p, Set<String> supplies, GapDiagnoser.SegmentFacts... segments) {
        List<GapDiagnoser.SegmentFacts> all = new java.util.ArrayList<>(List.of(segments));
        all.add(segment("out", false, List.of(ASSEMBLER)));
        return GapDiagnoser.diagnose(new GapDiagnoser.ChainFacts("c", "链", "Chain", "d", "区", "District", "湖南省",
                all, supplies), p);
    }

    private static GapStatus status(ChainGaps gaps, String id) {
        return gaps.segment(id).orElseThrow().status();
    }

    @Test
    void eachStatusFromItsRule() {
        FirmRef small = new FirmRef("s", "小厂", "Small", "10亿", false);
        FirmRef other = new FirmRef("o", "另一厂", "Other", null, false);
        ChainGaps gaps = diagnose(GapProperties.defaults(), Set.of("s>asm"),
                segment("missing-key", true, List.of()),
                segment("missing-fed", false, List.of(), "out"),
                segment("not-needed", false, List.of()),
                segment("broken", false, List.of(other), "out"),
                segment("weak", false, List.of(small), "out"),
                segment("two-firms", true, List.of(small, other)),
                segment("one-big", true, List.of(new FirmRef("b", "大厂", "Big", "50亿", false))),
                segment("side-firm", false, List.of(other)));
        assertThat(status(gaps, "missing-key")).isEqualTo(GapStatus.MISSING);
        assertThat(status(gaps, "missing-fed")).isEqualTo(GapStatus.MISSING);
        assertThat(status(gaps, "not-needed")).isEqualTo(GapStatus.NOT_NEEDED);
        assertThat(status(gaps, "broken")).isEqualTo(GapStatus.BROKEN);
        assertThat(status(gaps, "weak")).isEqualTo(GapStatus.WEAK);
        assertThat(status(gaps, "two-firms")).isEqualTo(GapStatus.COVERED);
        assertThat(status(gaps, "one-big")).isEqualTo(GapStatus.COVERED);
        assertThat(status(gaps, "side-firm")).isEqualTo(GapStatus.COVERED);
        // severity = status weight × importance: 10 × (1 + 0.5 × 4), 7 × 3, 10 × 1.5, 4 × 3 — a broken
        // link feeding the 百亿 assembler outranks a key segment no local firm needs yet
        assertThat(gaps.gaps()).extracting(SegmentGap::segmentId)
                .containsExactly("missing-fed", "broken", "missing-key", "weak");
        assertThat(gaps.gaps()).extracting(SegmentGap::severity).containsExactly(30.0, 21.0, 15.0, 12.0);
    }

    @Test
    void aFirmMakingItsOwnInputIsTied() {
        ChainGaps gaps = diagnose(GapProperties.defaults(), Set.of(), segment("in-house", true, List.of(ASSEMBLER), "out"));
        assertThat(status(gaps, "in-house")).isEqualTo(GapStatus.COVERED);
        assertThat(gaps.segment("in-house").orElseThrow().tiedToDemand()).isTrue();
    }

    @Test
    void thresholdsAndWeightsAreSettings() {
        FirmRef small = new FirmRef("s", "小厂", "Small", "10亿", false);
        GapDiagnoser.SegmentFacts one = segment("one", true, List.of(small));
        assertThat(status(diagnose(GapProperties.defaults(), Set.of(), one), "one")).isEqualTo(GapStatus.WEAK);
        GapProperties oneIsEnough = new GapProperties(1, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(status(diagnose(oneIsEnough, Set.of(), one), "one")).isEqualTo(GapStatus.COVERED);
        GapProperties tenYiIsStrong = new GapProperties(null, "10亿", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(status(diagnose(tenYiIsStrong, Set.of(), one), "one")).isEqualTo(GapStatus.COVERED);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GapProperties(null, "20亿", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null)).hasMessageContaining("strong-tier");

        GapDiagnoser.SegmentFacts missing = segment("m", true, List.of());
        assertThat(diagnose(GapProperties.defaults(), Set.of(), missing).segment("m").orElseThrow().severity()).isEqualTo(15.0);
        GapProperties heavier = new GapProperties(null, null, 20.0, null, null, 1.0, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(diagnose(heavier, Set.of(), missing).segment("m").orElseThrow().severity()).isEqualTo(40.0);
    }

    @Test
    void aSegmentTwoFeedsStepsAboveALocalFirmIsNeededAndSaysWhy() {
        FirmRef maker = new FirmRef("m", "整机厂", "Maker", "百亿", true);
        // ore → cathode → cell → (local) pack: ore is needed although it feeds the pack only through two steps
        GapDiagnoser.SegmentFacts ore = segment("ore", false, List.of(), "cathode");
        GapDiagnoser.SegmentFacts cathode = segment("cathode", false, List.of(), "cell");
        GapDiagnoser.SegmentFacts cell = segment("cell", false, List.of(), "pack");
        GapDiagnoser.SegmentFacts pack = segment("pack", false, List.of(maker));
        ChainGaps gaps = diagnose(GapProperties.defaults(), Set.of(), ore, cathode, cell, pack);
        SegmentGap o = gaps.segment("ore").orElseThrow();
        assertThat(o.status()).isEqualTo(GapStatus.MISSING);
        assertThat(o.indirectDemand()).extracting(FirmRef::name).containsExactly("整机厂");
        // importance 1 + 0.25 × (3 + 1): less pressing than the direct input cell, 1 + 0.5 × 4
        assertThat(o.importance()).isEqualTo(2.0);
        assertThat(gaps.segment("cell").orElseThrow().importance()).isEqualTo(3.0);
        assertThat(o.reasonZh()).contains("经多级上下游间接需求：整机厂");
        GapProperties direct = new GapProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, 0.0, null, null, null);
        assertThat(diagnose(direct, Set.of(), ore, cathode, cell, pack).segment("ore").orElseThrow().severity()).isEqualTo(10.0);
    }

    @Test
    void aSegmentAlmostNoDistrictCanAttractIsListedAfterTheOtherGapsWithANote() {
        GapDiagnoser.SegmentFacts fab = segment("st-chip", true, List.of());
        GapDiagnoser.SegmentFacts glass = segment("glass", false, List.of(), "asm");
        GapDiagnoser.SegmentFacts asm = segment("asm", false, List.of(new FirmRef("a", "组装厂", "Assembler", null, false)));
        ChainGaps gaps = diagnose(GapProperties.defaults(), Set.of(), fab, glass, asm);
        // the wafer segment is more severe (key) but comes last among the gaps
        assertThat(gaps.segment("st-chip").orElseThrow().severity()).isGreaterThan(gaps.segment("glass").orElseThrow().severity());
        assertThat(gaps.gaps()).extracting(SegmentGap::segmentId).containsExactly("glass", "st-chip");
        assertThat(gaps.segment("st-chip").orElseThrow().attractable()).isFalse();
        assertThat(gaps.segment("st-chip").orElseThrow().reasonZh()).contains("几乎没有区县能够引进");
    }

    @Test
    void completenessIsOneWhenEveryNeededSegmentIsCoveredAndFallsWithEachGap() {
        FirmRef big = new FirmRef("b", "大厂", "Big", "百亿", false);
        assertThat(diagnose(GapProperties.defaults(), Set.of("b>asm"), segment("k", true, List.of(big), "out")).completeness())
                .isEqualTo(1.0);
        double oneGap = diagnose(GapProperties.defaults(), Set.of(), segment("k", true, List.of(big)),
                segment("g", true, List.of())).completeness();
        assertThat(oneGap).isEqualTo(0.5);
    }
}
