package org.hotline.deployment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/migrations")
@Tag(name = "Process versions")
class MigrationController {

    private final MigrationService migrations;

    MigrationController(MigrationService migrations) {
        this.migrations = migrations;
    }

    @PostMapping("/preview")
    @Operation(summary = "Plan a migration between two versions and say which running instances can move and why others cannot")
    MigrationService.MigrationPreview preview(@Valid @RequestBody MigrationRequest request) {
        return migrations.preview(request.processKey(), request.sourceVersion(), request.targetVersion());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Migrate every instance that can move, as a batch, and record the migration")
    MigrationService.MigrationRecord migrate(@Valid @RequestBody MigrationRequest request) {
        return migrations.migrate(request.processKey(), request.sourceVersion(), request.targetVersion());
    }

    @GetMapping("/{processKey}")
    @Operation(summary = "Migrations recorded for a process, newest first")
    List<MigrationService.MigrationRecord> history(@PathVariable String processKey) {
        if (!processKey.matches("[A-Za-z_][A-Za-z0-9_.-]{0,254}")) {
            throw org.hotline.platform.ApiProblem.invalid("processKey", "must be a process definition key");
        }
        return migrations.history(processKey);
    }

    record MigrationRequest(@NotBlank(message = "is required") String processKey,
                            @NotNull(message = "is required") @Positive(message = "must be 1 or more") Integer sourceVersion,
                            @NotNull(message = "is required") @Positive(message = "must be 1 or more") Integer targetVersion) {
    }
}
