package cn.chainscout.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.chainscout.importer.ImportBatch;
import cn.chainscout.importer.ImportResult;
import cn.chainscout.importer.ImportService;
import cn.chainscout.importer.SourceFile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
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
 * The command-line import: scripts post list files to the running app (which owns the embedded
 * database), e.g. {@code curl -F file=@page.html -F list=CHINA_PRIVATE_500 -F year=2026 …/api/import}.
 */
@RestController
@RequestMapping("/api/import")
@Tag(name = "import", description = "Import list pages, CSV and Excel files as batches; roll a batch back")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import one list from one or more files (pages of one list, in order) as one batch")
    ImportResult importFiles(@Parameter(description = "the files: .html, .csv or .xlsx") @RequestParam("file") List<MultipartFile> files,
                             @Parameter(description = "FORTUNE_GLOBAL_500, CHINA_TOP_500 or CHINA_PRIVATE_500") @RequestParam @NotBlank(message = "api.error.required") String list,
                             @RequestParam @Positive(message = "api.error.positive") int year,
                             @Parameter(description = "take the one suggested company for uncertain matches")
                             @RequestParam(name = "accept-suggestions", defaultValue = "false") boolean acceptSuggestions)
            throws IOException {
        List<SourceFile> sources = new ArrayList<>();
        for (MultipartFile file : files) {
            sources.add(new SourceFile(file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename(),
                    file.getBytes()));
        }
        return imports.importFiles(sources, list, year, acceptSuggestions, (done, total) -> { });
    }

    @GetMapping("/batches")
    @Operation(summary = "Import batches, newest first")
    List<ImportBatch> batches() {
        return imports.batches();
    }

    @PostMapping("/batches/{id}/rollback")
    @Operation(summary = "Remove everything a batch wrote; the graph is as before it")
    ImportBatch rollback(@PathVariable String id) {
        imports.rollback(id);
        return imports.batches().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }
}
