package cn.chainscout.api;

import java.util.List;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.company.CompanyHit;
import cn.chainscout.company.CompanyPortrait;
import cn.chainscout.company.CompanyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/companies")
@Tag(name = "companies", description = "Company search and portrait")
class CompanyController {

    private final CompanyService companies;

    CompanyController(CompanyService companies) {
        this.companies = companies;
    }

    @GetMapping
    @Operation(summary = "Companies whose name, English name, alias or stock code matches; local firms first")
    List<CompanyHit> search(@Parameter(description = "what to look for, e.g. 比亚迪, lux, 002594") @RequestParam String q,
                            @Parameter(description = "1 to " + CompanyService.MAX_SEARCH_RESULTS)
                            @RequestParam(defaultValue = "20") int limit) {
        LeadController.checkLength("q", q);
        if (q.isBlank()) {
            throw new BadParameterException("q", "required");
        }
        LeadController.checkLimit(limit, CompanyService.MAX_SEARCH_RESULTS);
        return companies.search(q, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Everything known about one company, each fact with its source")
    CompanyPortrait portrait(@PathVariable String id) {
        LeadController.checkLength("id", id);
        return companies.portrait(id).orElseThrow(() -> new NotFoundException("company", id));
    }
}
