package org.hotline.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
class CaseController {

    private final CaseFileReader reader;
    private final CaseFileService cases;

    CaseController(CaseFileReader reader, CaseFileService cases) {
        this.reader = reader;
        this.cases = cases;
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "The case file: case, who to call now, consents, referrals, reports, follow-ups, active tasks and timeline")
    CaseFileView get(@PathVariable String caseNumber) {
        return reader.read(caseNumber);
    }

    @GetMapping
    @Operation(summary = "Cases, newest first. Supervisors see all cases; advocates the cases they worked on.")
    CasePage list(@RequestParam(required = false) CaseStatus status,
                  @RequestParam(required = false) RiskLevelCode riskLevel,
                  @RequestParam(required = false) Province jurisdiction,
                  // Beyond this page the offset (page × size) no longer fits the database query's integer.
                  @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String participant = CurrentUser.hasRole(Roles.SUPERVISOR) ? null : CurrentUser.id();
        Page<HotlineCase> result = cases.search(status, riskLevel == null ? null : riskLevel.name(), jurisdiction,
                participant, page, size);
        return new CasePage(result.getContent().stream().map(CaseSummary::of).toList(), result.getNumber(),
                result.getSize(), result.getTotalElements());
    }

    /** The last page that can be asked for: 10,000,000 pages of the largest size (200) are 2·10⁹ cases. */
    static final int MAX_PAGE = 10_000_000;

    enum RiskLevelCode { LOW, MODERATE, HIGH, CRITICAL }

    record CasePage(List<CaseSummary> items, int page, int size, long total) {
    }
}
