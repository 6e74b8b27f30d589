package cn.chainscout.explorer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.chain.ChainMap;
import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.common.NotFoundException;
import cn.chainscout.common.graph.GraphData;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.gap.SegmentGap;
import cn.chainscout.lead.ChainLeadService;
import cn.chainscout.lead.Lead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the explorer pages show, put together from the chain, gap and lead features: the chain map
 * coloured by gap status, and a segment with its diagnosis and ranked candidates.
 */
@Service
@Transactional(readOnly = true)
public class ExplorerService {

    /** 缺链 red, 断链 orange, 弱链 yellow, 已覆盖 green, not needed grey: the chain map's legend. */
    public static final Map<GapStatus, String> STATUS_COLOURS = Map.of(
            GapStatus.MISSING, "#f87171",
            GapStatus.BROKEN, "#fb923c",
            GapStatus.WEAK, "#fde047",
            GapStatus.COVERED, ChainService.WITH_LOCAL_FIRMS,
            GapStatus.NOT_NEEDED, ChainService.WITHOUT_LOCAL_FIRMS);

    static final int CANDIDATES_SHOWN = 20;

    private final ChainService chains;
    private final GapService gaps;
    private final ChainLeadService leads;

    ExplorerService(ChainService chains, GapService gaps, ChainLeadService leads) {
        this.chains = chains;
        this.gaps = gaps;
        this.leads = leads;
    }

    public List<ChainOverview> chains() {
        return chains.overview();
    }

    /** @return empty when no chain has this id */
    public Optional<ChainPage> chainPage(String chainId, Locale locale) {
        return chains.chainMap(chainId).map(map -> {
            ChainGaps diagnosis = gaps.diagnose(chainId);
            GraphData graph = chains.chainMapGraph(map, locale, s -> diagnosis.segment(s.id())
                    .map(g -> STATUS_COLOURS.get(g.status())).orElse(ChainService.WITHOUT_LOCAL_FIRMS));
            return new ChainPage(map, diagnosis, graph);
        });
    }

    /** @return empty when the segment is unknown or only groups other segments */
    public Optional<SegmentPage> segmentPage(String segmentId) {
        return chains.chainOf(segmentId).flatMap(chainId -> {
            ChainGaps diagnosis = gaps.diagnose(chainId);
            return diagnosis.segment(segmentId).map(gap -> new SegmentPage(chainId, diagnosis.chainName(),
                    diagnosis.chainNameEn(), diagnosis.completeness(), gap, candidates(chainId, segmentId)));
        });
    }

    private List<Lead> candidates(String chainId, String segmentId) {
        try {
            return leads.leads(chainId, segmentId, null, CANDIDATES_SHOWN);
        } catch (NotFoundException e) {
            return List.of(); // a segment the lead engine does not rank (not a leaf)
        }
    }

    /** The chain map: its segments, their diagnosis and the picture coloured by status. */
    public record ChainPage(ChainMap map, ChainGaps gaps, GraphData graph) {
    }

    /** A segment: its status with the numbers behind it, and the outside companies that could fill it. */
    public record SegmentPage(String chainId, String chainName, String chainNameEn, double chainCompleteness,
                              SegmentGap gap, List<Lead> candidates) {
    }
}
