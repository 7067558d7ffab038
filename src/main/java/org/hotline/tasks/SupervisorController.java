package org.hotline.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.hotline.risk.RiskLevel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor board and its actions over HTTP (supervisors only). */
@RestController
@Tag(name = "Supervisors")
class SupervisorController {

    private final SupervisorService supervisors;
    private final StepIncidents incidents;

    SupervisorController(SupervisorService supervisors, StepIncidents incidents) {
        this.supervisors = supervisors;
        this.incidents = incidents;
    }

    @GetMapping("/api/supervisor/board")
    @Operation(summary = "Open CRITICAL and HIGH cases, escalations, overdue tasks, each person's workload and the"
            + " steps that failed on every try (incidents)")
    SupervisorService.Board board() {
        return supervisors.board();
    }

    @PostMapping("/api/tasks/{taskId}/assignee")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Hand a task to a member of its groups, or take it over (supervisors)")
    void assign(@PathVariable String taskId, @Valid @RequestBody AssigneeRequest request) {
        supervisors.reassign(taskId, request.assignee());
    }

    @PostMapping("/api/cases/{caseNumber}/risk-level")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Raise an open case's risk level; its SLA and task priority follow (supervisors)")
    void raise(@PathVariable String caseNumber, @Valid @RequestBody RaiseRequest request) {
        supervisors.raiseRisk(caseNumber, request.riskLevel(), request.reason());
    }

    @PostMapping("/api/incidents/{incidentId}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Try a failed step again, now (supervisors)")
    void retry(@PathVariable String incidentId) {
        incidents.retry(incidentId);
    }

    record AssigneeRequest(@Size(max = 64, message = "must be at most 64 characters") String assignee) {
    }

    /** The reason may hold personal data: it goes to the case file only. */
    record RaiseRequest(RiskLevel riskLevel, @Size(max = 4000, message = "must be at most 4000 characters") String reason) {
    }
}
