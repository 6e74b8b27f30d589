package cn.chainscout.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.SecondTier;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Writes the top 20 of each chain and via 长沙比亚迪电子 and 澳优 to target/seed-lead-lists.md, the lists a
 * blind reader judges (docs/BACKTEST.md). It checks that each chain list came out and the business lists hold only
 * suppliers and customers; the reading is the real test.
 */
@SecondTier
@ChainScoutTest
@WithMockUser(roles = "LEADER")
class SeedListsPrintout {

    @Autowired
    GapService gaps;
    @Autowired
    ChainLeadService chainLeads;
    @Autowired
    BusinessLeadService businessLeads;

    @Test
    void writeTheListsABlindReaderSees() throws Exception {
        List<String> out = new ArrayList<>();
        for (ChainGaps chain : gaps.diagnoseDistrict("wangcheng")) {
            List<Lead> leads = chainLeads.leads(chain.chainId(), null, null, 20);
            assertThat(leads).as(chain.chainId()).isNotEmpty();
            out.add("## chain " + chain.chainId());
            out.addAll(rows(leads));
        }
        for (String via : List.of(RealSeedLeadsTest.BYD_ELECTRONICS_CHANGSHA, "ausnutria")) {
            out.add("## via " + via);
            List<Lead> leads = businessLeads.leadsVia(via, 20);
            assertThat(leads).as(via).allSatisfy(l -> assertThat(l.via().tie()).isIn(TieKind.SUPPLIER, TieKind.CUSTOMER));
            out.addAll(rows(leads));
        }
        out.add("## expansion wangcheng");
        out.addAll(rows(businessLeads.expansionLeads("wangcheng", 20, cn.chainscout.gap.AsOf.NOW)));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/seed-lead-lists.md"), out);
    }

    private static List<String> rows(List<Lead> leads) {
        List<String> rows = new ArrayList<>();
        int i = 1;
        for (Lead l : leads) {
            String fills = l.fills().stream().map(GapFit::segmentName).collect(Collectors.joining(","));
            String parts = l.parts().stream().filter(p -> p.points() != 0).map(p -> p.name() + "=" + p.points())
                    .collect(Collectors.joining(" "));
            rows.add(i++ + " | " + l.name() + " | " + l.province() + " | " + fills + " | " + l.score() + " | " + parts
                    + " | " + l.whyZh());
        }
        return rows;
    }
}
