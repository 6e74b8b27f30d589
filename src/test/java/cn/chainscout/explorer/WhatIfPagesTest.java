package cn.chainscout.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.explorer.ui.WhatIfLine;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.WhatIf;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The what-if (/api/leads/what-if) said as a sentence on a candidate's portrait. */
@ChainScoutTest
@WithMockUser(username = "test-leader", roles = "LEADER")
class WhatIfPagesTest extends SpringBrowserlessTest {

    @Autowired
    GapService gaps;

    @Test
    void aCandidatesPortraitSaysWhatLandingWouldDoToTheChain() {
        WhatIf lens = gaps.whatIf("lens-technology", "smart-terminal");
        assertThat(lens.completenessAfter()).isGreaterThan(lens.completenessBefore());

        UI.getCurrent().navigate("companies/lens-technology");
        String line = $(WhatIfLine.class).all().stream().map(WhatIfLine::getText)
                .filter(t -> t.contains("智能终端")).findFirst().orElseThrow();
        assertThat(line).isEqualTo("若该企业落地，智能终端本地配套完整度 " + Math.round(lens.completenessBefore() * 100) + "% → "
                + Math.round(lens.completenessAfter() * 100) + "%，补上 " + String.join("、", lens.changes().stream()
                .filter(c -> c.after().ordinal() > c.before().ordinal()).map(WhatIf.Change::name).toList()));
        assertThat(line).contains("盖板玻璃");

        // a district firm is already here: no what-if
        UI.getCurrent().navigate("companies/byd-electronics-changsha");
        assertThat($(WhatIfLine.class).all()).isEmpty();
    }
}
