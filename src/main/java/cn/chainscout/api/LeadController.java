package cn.chainscout.api;

import java.util.List;
import java.util.Set;

import cn.chainscout.gap.AsOf;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.WhatIf;
import cn.chainscout.lead.BusinessLeadService;
import cn.chainscout.lead.ChainLeadService;
import cn.chainscout.lead.Lead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
@Tag(name = "leads", description = "Ranked, explained target companies: 产业链招商 (CHAIN), 以商招商 (BUSINESS) and 二次招商 (EXPANSION)")
class LeadController {

    static final int MAX_TEXT = 200;

    static final Set<String> LISTS = Set.of("FORTUNE_GLOBAL_500", "CHINA_TOP_500", "CHINA_PRIVATE_500");

    private final ChainLeadService chainLeads;
    private final BusinessLeadService businessLeads;
    private final GapService gaps;

    LeadController(ChainLeadService chainLeads, BusinessLeadService businessLeads, GapService gaps) {
        this.chainLeads = chainLeads;
        this.businessLeads = businessLeads;
        this.gaps = gaps;
    }

    @GetMapping
    @Operation(summary = "Leads, best first (score desc, then list rank, then company id); each with its score parts, "
            + "a Chinese and an English reason and the graph paths behind it")
    List<Lead> leads(
            @Parameter(description = "CHAIN: companies in the chain's gap segments; BUSINESS: suppliers and customers of "
                    + "the local plants (and of their groups) not local yet; EXPANSION: companies of groups already present "
                    + "that could add a project (needs district)",
                    schema = @Schema(allowableValues = {"CHAIN", "BUSINESS", "EXPANSION"}))
            @RequestParam String kind,
            @Parameter(description = "CHAIN: the chain id, e.g. smart-terminal (or give district for all its chains' gaps)")
            @RequestParam(required = false) String chain,
            @Parameter(description = "CHAIN: one leaf segment of the chain instead of all its gaps")
            @RequestParam(required = false) String segment,
            @Parameter(description = "CHAIN: only companies on this list",
                    schema = @Schema(allowableValues = {"FORTUNE_GLOBAL_500", "CHINA_TOP_500", "CHINA_PRIVATE_500"}))
            @RequestParam(required = false) String list,
            @Parameter(description = "BUSINESS: the local firm the leads go through") @RequestParam(required = false) String via,
            @Parameter(description = "CHAIN without chain: all gaps of the district's chains; "
                    + "BUSINESS without via: through all leading firms of the district")
            @RequestParam(required = false) String district,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "the graph as it was on this date, YYYY-MM-DD (firms that arrived later are not local, "
                    + "ties and list years that started later do not count); today's graph when absent")
            @RequestParam(required = false) String asOf) {
        checkLimit(limit, ChainLeadService.MAX_LIMIT);
        checkLength("kind", kind);
        checkLength("chain", chain);
        checkLength("segment", segment);
        checkLength("list", list);
        checkLength("via", via);
        checkLength("district", district);
        AsOf when = asOf(asOf);
        return switch (kind.toUpperCase(java.util.Locale.ROOT)) {
            case "CHAIN" -> {
                if (list != null && !LISTS.contains(list)) {
                    throw new BadParameterException("list", "oneOf", LISTS.stream().sorted().toList().toString());
                }
                if (!blank(chain)) {
                    yield chainLeads.leads(chain, blank(segment) ? null : segment, list, limit, when);
                }
                if (!blank(district)) {
                    yield chainLeads.leadsForDistrict(district, list, limit, when);
                }
                throw new BadParameterException("chain", "requiredFor", "CHAIN", "district");
            }
            case "BUSINESS" -> {
                if (!blank(via)) {
                    yield businessLeads.leadsVia(via, limit, when);
                }
                if (!blank(district)) {
                    yield businessLeads.leadsViaLeadingFirms(district, limit, when);
                }
                throw new BadParameterException("via", "requiredFor", "BUSINESS", "district");
            }
            case "EXPANSION" -> {
                if (!blank(district)) {
                    yield businessLeads.expansionLeads(district, limit, when);
                }
                throw new BadParameterException("district", "required");
            }
            default -> throw new BadParameterException("kind", "oneOf", "CHAIN, BUSINESS, EXPANSION");
        };
    }

    @GetMapping("/what-if")
    @Operation(summary = "If the company landed in the chain's district: the segments it would cover, the statuses "
            + "that would change, completeness before and after")
    WhatIf whatIf(@RequestParam String company, @RequestParam String chain) {
        checkLength("company", company);
        checkLength("chain", chain);
        if (blank(company)) {
            throw new BadParameterException("company", "required");
        }
        if (blank(chain)) {
            throw new BadParameterException("chain", "required");
        }
        return gaps.whatIf(company, chain);
    }

    /** YYYY-MM-DD, not after today: a date to come has no graph yet. */
    static AsOf asOf(String value) {
        if (blank(value)) {
            return AsOf.NOW;
        }
        checkLength("asOf", value);
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(value.strip());
            if (date.isAfter(java.time.LocalDate.now())) {
                throw new BadParameterException("asOf", "future", value);
            }
            return AsOf.of(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadParameterException("asOf", "date", value);
        }
    }

    static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new BadParameterException("limit", "range", "1", String.valueOf(max));
        }
    }

    /** Ids and names are short: a longer value is a mistake (or an attack), said as such. */
    static void checkLength(String parameter, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new BadParameterException(parameter, "tooLong", String.valueOf(MAX_TEXT));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
