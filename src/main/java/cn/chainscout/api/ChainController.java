package cn.chainscout.api;

import java.util.List;

import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/chains")
@Tag(name = "chains", description = "Industry chains and their gap diagnosis 缺链/断链/弱链")
class ChainController {

    private final ChainService chains;
    private final GapService gaps;

    ChainController(ChainService chains, GapService gaps) {
        this.chains = chains;
        this.gaps = gaps;
    }

    @GetMapping
    @Operation(summary = "Every chain with its size and local firms")
    List<ChainOverview> chains() {
        return chains.overview();
    }

    @GetMapping("/{chainId}/gaps")
    @Operation(summary = "Every leaf segment of the chain with its status, severity and the numbers behind it; "
            + "gaps first by severity, and the chain's completeness")
    ChainGaps gaps(@PathVariable String chainId) {
        LeadController.checkLength("chainId", chainId);
        return gaps.diagnose(chainId);
    }
}
