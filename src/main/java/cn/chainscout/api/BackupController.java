package cn.chainscout.api;

import java.io.IOException;

import cn.chainscout.backup.BackupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin", description = "For the data administrator (ADMIN) only")
class BackupController {

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping(value = "/backup", produces = "application/gzip")
    @Operation(summary = "The whole graph as a backup file (gzipped JSON Lines, docs/security.md): "
            + "curl -u admin -o backup.jsonl.gz http://localhost:8080/api/admin/backup")
    void backup(HttpServletResponse response) throws IOException {
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + backups.fileName() + "\"");
        try {
            backups.backup(response.getOutputStream());
        } catch (RuntimeException e) {
            // the dump is complete before a byte is sent: a failure (e.g. the database down) can still answer JSON
            if (!response.isCommitted()) {
                response.reset();
            }
            throw e;
        }
    }
}
