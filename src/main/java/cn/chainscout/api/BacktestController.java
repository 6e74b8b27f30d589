package cn.chainscout.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.chainscout.backtest.BacktestRun;
import cn.chainscout.backtest.BacktestService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The backtest over HTTP (docs/BACKTEST.md): {@code curl -F file=@signings.csv [-F asOf=2021-06-30] …/api/backtest}.
 * ANALYST and ADMIN start runs; every role reads the saved ones.
 */
@RestController
@RequestMapping("/api/backtest")
@Tag(name = "backtest", description = "How often the leads would have been right: real signings against the lists as they stood")
class BacktestController {

    private final BacktestService backtests;

    BacktestController(BacktestService backtests) {
        this.backtests = backtests;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Run a backtest on a CSV of signings (company,date,chain or segment[,segment_hint,via_local_firm,kind,…]) and save it")
    BacktestRun run(@Parameter(description = "the signings, CSV UTF-8") @RequestParam("file") MultipartFile file,
                    @Parameter(description = "the lists as they stood on this date (YYYY-MM-DD); default: one year before each signing")
                    @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) String name) throws IOException {
        LeadController.checkLength("name", name);
        LocalDate date = LeadController.asOf(asOf).date();
        return backtests.run(name == null ? file.getOriginalFilename() : name, file.getBytes(), date);
    }

    @GetMapping
    @Operation(summary = "Saved runs, newest first")
    List<?> runs() {
        return backtests.runs();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One saved run: each signing's ranks, hit@20 / hit@50 per chain, notes")
    BacktestRun run(@PathVariable String id) {
        LeadController.checkLength("id", id);
        return backtests.run(id);
    }
}
