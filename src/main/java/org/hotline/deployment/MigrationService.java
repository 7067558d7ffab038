package org.hotline.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running cases from one version of a process to another, in a way designers can check first: a plan that
 * maps equal activities, validated; the instances that cannot move, each with the reason; the rest migrated as a
 * batch; and a record of it.
 */
@Service
@Transactional
public class MigrationService {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    MigrationService(RepositoryService repository, RuntimeService runtime, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** What a migration would do, without doing it. */
    @Transactional(readOnly = true)
    public MigrationPreview preview(String processKey, int sourceVersion, int targetVersion) {
        ProcessDefinition source = definition(processKey, sourceVersion, "sourceVersion");
        ProcessDefinition target = definition(processKey, targetVersion, "targetVersion");
        MigrationPlan plan = plan(source, target);
        Set<String> mapped = new HashSet<>();
        List<String> instructions = new ArrayList<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            mapped.add(instruction.getSourceActivityId());
            instructions.add(instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId());
        }
        List<String> movable = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list()) {
            Set<String> waitingAt = new HashSet<>();
            collect(runtime.getActivityInstance(instance.getId()), waitingAt);
            waitingAt.removeAll(mapped);
            if (waitingAt.isEmpty()) {
                movable.add(instance.getId());
            } else {
                skipped.add(new Skipped(instance.getId(), instance.getBusinessKey(),
                        "waits at " + String.join(", ", waitingAt) + ", which version " + targetVersion + " does not have"));
            }
        }
        return new MigrationPreview(processKey, sourceVersion, targetVersion, instructions, movable.size(), skipped, movable);
    }

    /** Migrates every instance that can move as a batch, and records what moved and what stayed. */
    public MigrationRecord migrate(String processKey, int sourceVersion, int targetVersion) {
        MigrationPreview preview = preview(processKey, sourceVersion, targetVersion);
        String batchId = null;
        if (!preview.movableInstanceIds().isEmpty()) {
            MigrationPlan plan = plan(definition(processKey, sourceVersion, "sourceVersion"),
                    definition(processKey, targetVersion, "targetVersion"));
            Batch batch = runtime.newMigration(plan).processInstanceIds(preview.movableInstanceIds()).executeAsync();
            batchId = batch.getId();
        }
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                insert into process_migration (process_key, source_version, target_version, submitted, skipped, batch_id,
                    requested_by, requested_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning id
                """, Long.class, processKey, sourceVersion, targetVersion, preview.movable(), write(preview.skipped()),
                batchId, CurrentUser.id(), Timestamp.from(now));
        return new MigrationRecord(id, processKey, sourceVersion, targetVersion, preview.movable(), preview.skipped(),
                batchId, CurrentUser.id(), now);
    }

    @Transactional(readOnly = true)
    public List<MigrationRecord> history(String processKey) {
        return jdbc.query("""
                select id, process_key, source_version, target_version, submitted, skipped, batch_id, requested_by, requested_at
                from process_migration where process_key = ? order by id desc
                """, (rs, n) -> new MigrationRecord(rs.getLong("id"), rs.getString("process_key"), rs.getInt("source_version"),
                rs.getInt("target_version"), rs.getInt("submitted"), read(rs.getString("skipped")), rs.getString("batch_id"),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant()), processKey);
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        try {
            return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException e) {
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure ->
                    errors.add(new ApiProblem.FieldError(report.getMigrationInstruction().getSourceActivityId(), failure))));
            e.getValidationReport().getVariableReports().forEach((name, report) -> report.getFailures().forEach(failure ->
                    errors.add(new ApiProblem.FieldError(name, failure))));
            throw errors.isEmpty() ? ApiProblem.unprocessable("The migration plan is not valid: " + e.getMessage())
                    : ApiProblem.invalid(errors);
        }
    }

    private ProcessDefinition definition(String key, int version, String field) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw ApiProblem.invalid(field, "no version " + version + " of " + key + " is deployed");
        }
        return definition;
    }

    private static void collect(ActivityInstance instance, Set<String> waitingAt) {
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
                && instance.getParentActivityInstanceId() != null) {
            waitingAt.add(instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, waitingAt);
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            waitingAt.add(transition.getActivityId());
        }
    }

    private String write(List<Skipped> skipped) {
        try {
            return json.writeValueAsString(skipped);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Skipped> read(String text) {
        try {
            return List.of(json.readValue(text, Skipped[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Skipped(String processInstanceId, String businessKey, String reason) {
    }

    public record MigrationPreview(String processKey, int sourceVersion, int targetVersion, List<String> instructions,
                                   int movable, List<Skipped> skipped,
                                   @com.fasterxml.jackson.annotation.JsonIgnore List<String> movableInstanceIds) {
    }

    /** {@code submitted}: instances handed to the batch; a failure inside it shows as a failed batch job in Cockpit. */
    public record MigrationRecord(Long id, String processKey, int sourceVersion, int targetVersion, int submitted,
                                  List<Skipped> skipped, String batchId, String requestedBy, Instant requestedAt) {
    }
}
