package cn.chainscout.gap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.common.graph.GraphReadCache;
import org.neo4j.driver.Value;
import cn.chainscout.common.user.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gap feature's public face: 缺链/弱链/断链 per chain, and what would change if a company landed. */
@Service
@Transactional(readOnly = true)
@Roles.Read
public class GapService {

    private final GapQueries queries;
    private final GapProperties properties;
    private final GraphReadCache cache;

    GapService(GapQueries queries, GapProperties properties, GraphReadCache cache) {
        this.queries = queries;
        this.properties = properties;
        this.cache = cache;
    }

    /** @throws NotFoundException when no chain has this id */
    public ChainGaps diagnose(String chainId) {
        return diagnose(chainId, AsOf.NOW);
    }

    /** The chain as it was at a date: local firms that arrived later, and ties that started later, do not count. */
    public ChainGaps diagnose(String chainId, AsOf asOf) {
        // today's diagnosis changes only with the graph: kept per graph version (a past date is computed)
        return asOf.now() ? cache.get("gaps:" + chainId, () -> compute(chainId, asOf)) : compute(chainId, asOf);
    }

    private ChainGaps compute(String chainId, AsOf asOf) {
        GapQueries.ChainInfo chain = queries.chain(chainId).orElseThrow(() -> new NotFoundException("chain", chainId));
        return GapDiagnoser.diagnose(queries.facts(chain, asOf), properties);
    }

    /** Every chain of the district, in chain order. */
    public List<ChainGaps> diagnoseDistrict(String districtId) {
        return diagnoseDistrict(districtId, AsOf.NOW);
    }

    public List<ChainGaps> diagnoseDistrict(String districtId, AsOf asOf) {
        return asOf.now() ? cache.get("gaps-district:" + districtId, () -> computeDistrict(districtId, asOf))
                : computeDistrict(districtId, asOf);
    }

    private List<ChainGaps> computeDistrict(String districtId, AsOf asOf) {
        return queries.facts(queries.chainsIn(districtId), asOf).stream().map(f -> GapDiagnoser.diagnose(f, properties)).toList();
    }

    /** @throws NotFoundException when the company or the chain is unknown */
    public WhatIf whatIf(String companyId, String chainId) {
        GapQueries.ChainInfo chain = queries.chain(chainId).orElseThrow(() -> new NotFoundException("chain", chainId));
        GapQueries.Newcomer company = queries.newcomer(companyId, chainId, chain.districtId())
                .orElseThrow(() -> new NotFoundException("company", companyId));
        GapDiagnoser.ChainFacts facts = queries.facts(chain);
        List<WhatIf.Covered> covered = new ArrayList<>();
        Set<String> segmentIds = new HashSet<>();
        for (Value s : company.segments()) {
            if (s.get("leaf").asBoolean()) {
                covered.add(new WhatIf.Covered(s.get("id").asString(), s.get("name").asString(),
                        s.get("nameEn").asString(null), s.get("main").asBoolean()));
                segmentIds.add(s.get("id").asString());
            }
        }
        // a newcomer's size is not known before it lands: it counts with the unknown tier
        FirmRef newcomer = new FirmRef(company.id(), company.name(), company.nameEn(), null, false);
        ChainGaps before = GapDiagnoser.diagnose(facts, properties);
        ChainGaps after = GapDiagnoser.diagnose(GapDiagnoser.withLanding(facts, newcomer, segmentIds,
                company.supplies(), properties.whatIfAssumesSupply()), properties);
        Map<String, SegmentGap> afterById = after.segments().stream()
                .collect(Collectors.toMap(SegmentGap::segmentId, Function.identity()));
        List<WhatIf.Change> changes = new ArrayList<>();
        for (SegmentGap b : before.segments()) {
            SegmentGap a = afterById.get(b.segmentId());
            if (a.status() != b.status() || a.severity() != b.severity()) {
                changes.add(new WhatIf.Change(b.segmentId(), b.name(), b.nameEn(), b.status(), a.status(),
                        b.severity(), a.severity()));
            }
        }
        return new WhatIf(company.id(), company.name(), company.nameEn(), chain.id(), chain.name(), chain.nameEn(),
                List.copyOf(covered), List.copyOf(changes), before.completeness(), after.completeness());
    }
}
