package cn.chainscout.lead;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.gap.GapService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * After the start (the seed is loaded before the web server opens), runs every gap and lead query once
 * in the background: the first plan of these Cypher queries costs seconds, and the lists computed are
 * kept for the pages, which the first user would otherwise wait for.
 */
@Component
@Order(20)
class LeadWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LeadWarmUp.class);

    private final ChainService chains;
    private final GapService gaps;
    private final ChainLeadService chainLeads;
    private final BusinessLeadService businessLeads;
    private final boolean enabled;
    private final TaskExecutor background;

    LeadWarmUp(ChainService chains, GapService gaps, ChainLeadService chainLeads, BusinessLeadService businessLeads,
               LeadProperties settings,
               @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.background = background;
        this.chains = chains;
        this.gaps = gaps;
        this.chainLeads = chainLeads;
        this.businessLeads = businessLeads;
        this.enabled = settings.warmUp();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            // the services are secured: the warm-up reads as the app itself, with the read-only role
            background.execute(() -> CurrentUser.asSystem(this::warmUp, Roles.LEADER));
        }
    }

    private void warmUp() {
        long started = System.nanoTime();
        try {
            // the lists the pages ask for (the leads page, 全国分布), so the first visit finds them kept
            // (GraphReadCache) until the graph is next written
            Set<String> districts = new LinkedHashSet<>();
            for (ChainOverview chain : chains.overview()) {
                districts.add(gaps.diagnose(chain.id()).districtId());
                chainLeads.leads(chain.id(), null, null, ChainLeadService.MAX_LIMIT);
            }
            for (String d : districts) {
                chainLeads.leadsForDistrict(d, null, ChainLeadService.MAX_LIMIT);
                businessLeads.leadsViaLeadingFirms(d, BusinessLeadService.MAX_LIMIT);
            }
            log.info("Gap and lead queries warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // only a head start for the first user: a failure here must not matter
            log.warn("Warming up the gap and lead queries failed: {}", e.toString());
        }
    }
}
