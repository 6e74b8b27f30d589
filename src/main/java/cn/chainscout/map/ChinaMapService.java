package cn.chainscout.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.common.graph.GraphReadCache;
import cn.chainscout.common.user.Roles;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.lead.BusinessLeadService;
import cn.chainscout.lead.ChainLeadService;
import cn.chainscout.lead.GapFit;
import cn.chainscout.lead.Lead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 全国分布: a chain's candidate companies, or the district's firms' suppliers and customers, placed on
 * China's provinces by headquarters and plants. The leads are the lead engine's own, unchanged.
 */
@Service
@Roles.Read
@Transactional(readOnly = true)
public class ChinaMapService {

    /** Provinces whose full name is not the boundary file's name with 省 or 市 taken off. */
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "内蒙古自治区", "内蒙古", "广西壮族自治区", "广西", "西藏自治区", "西藏", "宁夏回族自治区", "宁夏",
            "新疆维吾尔自治区", "新疆", "香港特别行政区", "香港", "澳门特别行政区", "澳门", "台湾省", "台湾");
    private static final Set<String> CHINA = Set.of("中国", "中国香港", "中国澳门", "中国台湾");

    private final MapQueries queries;
    private final ChainService chains;
    private final ChainLeadService chainLeads;
    private final BusinessLeadService businessLeads;
    private final GraphReadCache cache;

    ChinaMapService(MapQueries queries, ChainService chains, ChainLeadService chainLeads,
                    BusinessLeadService businessLeads, GraphReadCache cache) {
        this.cache = cache;
        this.queries = queries;
        this.chains = chains;
        this.chainLeads = chainLeads;
        this.businessLeads = businessLeads;
    }

    /** The home district's chains, for the chain choice. */
    public List<ChainOverview> chains() {
        return chains.homeOverview();
    }

    /** One layer on the map; the chain matters for CANDIDATES only. */
    public ChinaMap map(String chainId, ChinaMap.Layer layer) {
        // changes only with the graph: kept per graph version
        return cache.get("china-map:" + chainId + ":" + layer, () -> compute(chainId, layer));
    }

    private ChinaMap compute(String chainId, ChinaMap.Layer layer) {
        List<Lead> found = switch (layer) {
            case CANDIDATES -> chainId == null ? List.of()
                    : chainLeads.leads(chainId, null, null, ChainLeadService.MAX_LIMIT);
            case PARTNERS -> districtId() == null ? List.of()
                    : businessLeads.leadsViaLeadingFirms(districtId(), BusinessLeadService.MAX_LIMIT);
        };
        Map<String, MapQueries.PlaceRow> places = queries.places(found.stream().map(Lead::companyId).toList()).stream()
                .collect(Collectors.toMap(MapQueries.PlaceRow::id, Function.identity(), (a, b) -> a));
        List<ChinaMap.MapLead> leads = new ArrayList<>();
        int abroad = 0;
        int unplaced = 0;
        for (Lead l : found) {
            boolean chinese = l.country() == null || l.country().isBlank() || CHINA.contains(l.country());
            MapQueries.PlaceRow place = places.get(l.companyId());
            String province = chinese ? shortName(l.province()) : null;
            Set<String> plants = new LinkedHashSet<>();
            if (place != null) {
                place.plantProvinces().stream().map(ChinaMapService::shortName).filter(p -> p != null && !p.equals(province))
                        .forEach(plants::add);
            }
            if (!chinese && plants.isEmpty()) {
                abroad++;
            } else if (province == null && plants.isEmpty()) {
                unplaced++;
            }
            List<GapFit> fills = l.fills() == null ? List.of() : l.fills();
            leads.add(new ChinaMap.MapLead(l.companyId(), l.name(), l.nameEn(), l.score(), province,
                    place == null ? null : place.city(), List.copyOf(plants),
                    fills.stream().map(GapFit::segmentName).distinct().toList(),
                    fills.stream().map(f -> f.segmentNameEn() == null ? f.segmentName() : f.segmentNameEn()).distinct().toList(),
                    worst(fills), l.via() == null ? null : l.via().name(), l.via() == null ? null : l.via().nameEn()));
        }
        leads.sort(Comparator.comparingDouble(ChinaMap.MapLead::score).reversed());
        return new ChinaMap(chainId, layer, provinces(leads), List.copyOf(leads), abroad, unplaced);
    }

    private static List<ChinaMap.Province> provinces(List<ChinaMap.MapLead> leads) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> top = new LinkedHashMap<>();
        Map<String, GapStatus> worst = new LinkedHashMap<>();
        for (ChinaMap.MapLead l : leads) {
            if (l.province() != null) {
                counts.computeIfAbsent(l.province(), p -> new int[2])[0]++;
            }
            l.plantProvinces().forEach(p -> counts.computeIfAbsent(p, x -> new int[2])[1]++);
            Set<String> all = new LinkedHashSet<>(l.plantProvinces());
            if (l.province() != null) {
                all.add(l.province());
            }
            for (String p : all) {
                top.merge(p, l.score(), Math::max);
                if (l.worstGap() != null) {
                    worst.merge(p, l.worstGap(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ChinaMap.Province(e.getKey(), e.getValue()[0], e.getValue()[1], top.get(e.getKey()),
                        worst.get(e.getKey())))
                .sorted(Comparator.comparingInt(ChinaMap.Province::companies).reversed())
                .toList();
    }

    /** The most severe gap among those a lead fills (GapStatus lists the gaps in falling severity). */
    private static GapStatus worst(List<GapFit> fills) {
        return fills.stream().map(GapFit::status).filter(s -> s != null && s.isGap())
                .min(Comparator.comparingInt(Enum::ordinal)).orElse(null);
    }

    /** 广东省 → 广东, 上海市 → 上海, 广西壮族自治区 → 广西: the names in ECharts' china.json. */
    static String shortName(String province) {
        if (province == null || province.isBlank()) {
            return null;
        }
        String p = province.strip();
        if (SHORT_NAMES.containsKey(p)) {
            return SHORT_NAMES.get(p);
        }
        if (p.endsWith("省") || p.endsWith("市")) {
            return p.substring(0, p.length() - 1);
        }
        return p;
    }

    private String districtId() {
        return chains.homeDistrictId()
                .orElseGet(() -> chains.homeOverview().stream().findFirst().map(ChainOverview::districtId).orElse(null));
    }
}
