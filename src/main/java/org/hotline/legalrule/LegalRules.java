package org.hotline.legalrule;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.HotlineCase;
import org.hotline.platform.ApiProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal tables (the age of protection, the reporting rules) as cases meet them: each evaluation names the
 * decision version it used, and a row not yet verified by counsel shows on the case as a warning naming the rule and
 * opens one verification for designers per row and decision version, however many cases meet it.
 */
@Service
@Transactional
public class LegalRules implements CaseFileSection {

    static final String VERIFICATION_PROCESS = "LegalRuleVerificationProcess";
    static final String CHECK_ID = "legalRuleCheckId";
    static final String RULE_LABEL = "legalRuleLabel";

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final org.camunda.bpm.engine.TaskService tasks;
    private final CaseFileService cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LegalRules(DecisionService decisions, RepositoryService repository, RuntimeService runtime,
               org.camunda.bpm.engine.TaskService tasks, CaseFileService cases, JdbcTemplate jdbc, Clock clock) {
        this.tasks = tasks;
        this.decisions = decisions;
        this.repository = repository;
        this.runtime = runtime;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Evaluates the latest version of a decision and says which version answered. */
    public Evaluation evaluate(String decisionKey, VariableMap variables) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("The decision " + decisionKey + " is not deployed");
        }
        DmnDecisionResult result = decisions.evaluateDecisionById(definition.getId()).variables(variables).evaluate();
        return new Evaluation(definition.getVersion(), result);
    }

    /**
     * A case met a row that counsel has not verified: the case shows it, and designers are asked, once per row and
     * decision version, to have it verified. The message names the rule, never the person.
     */
    public void unverifiedRowMet(Long caseId, String decisionKey, int version, String rule, String message) {
        int warned = jdbc.update("""
                insert into case_warning (case_id, decision_key, rule, decision_version, message, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """, caseId, decisionKey, rule, version, message, java.sql.Timestamp.from(clock.instant()));
        if (warned > 0) {
            cases.record(caseId, "LEGAL_RULE_UNVERIFIED", "Unverified legal rule: " + message);
        }
        List<Long> opened = jdbc.queryForList("""
                insert into legal_rule_check (decision_key, decision_version, rule, label, opened_at)
                values (?, ?, ?, ?, ?) on conflict do nothing returning id
                """, Long.class, decisionKey, version, rule, message, java.sql.Timestamp.from(clock.instant()));
        if (!opened.isEmpty()) {
            String processInstanceId = runtime.createProcessInstanceByKey(VERIFICATION_PROCESS)
                    .businessKey(decisionKey + ":" + rule + ":v" + version)
                    .setVariables(Variables.createVariables().putValue(CHECK_ID, opened.get(0)).putValue(RULE_LABEL, message))
                    .execute().getId();
            jdbc.update("update legal_rule_check set process_instance_id = ? where id = ?", processInstanceId, opened.get(0));
        }
    }

    /**
     * A designer's answer, through the check's task: the check is locked first, so answers given at the same moment
     * are taken one at a time and every one after the first is a 409.
     */
    public Check answer(long id, String outcome, String note, String taskKey, String outcomeVariable) {
        if (jdbc.query("select id from legal_rule_check where id = ? for update", (rs, n) -> rs.getLong(1), id).isEmpty()) {
            throw ApiProblem.notFound("No legal rule check " + id);
        }
        Check check = checks(false).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        if (check.outcome() != null) {
            throw ApiProblem.conflict("Legal rule check " + id + " was already answered " + check.outcome() + " by "
                    + check.outcomeBy());
        }
        org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().processInstanceId(check.processInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw ApiProblem.conflict("Legal rule check " + id + " has no open task");
        }
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(outcomeVariable, outcome);
        variables.put("legalRuleVerificationNote", note);
        tasks.complete(task.getId(), variables);
        return checks(false).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** What the designer answered on the verification task. */
    void recordOutcome(long checkId, String outcome, String note, String user) {
        jdbc.update("update legal_rule_check set outcome = ?, outcome_note = ?, outcome_by = ?, outcome_at = ? where id = ?",
                outcome, note, user, java.sql.Timestamp.from(clock.instant()), checkId);
    }

    @Transactional(readOnly = true)
    public List<Check> checks(boolean openOnly) {
        return jdbc.query("""
                select id, decision_key, decision_version, rule, label, process_instance_id, opened_at, outcome, outcome_note,
                       outcome_by, outcome_at from legal_rule_check
                """ + (openOnly ? " where outcome is null" : "") + " order by opened_at, id",
                (rs, n) -> new Check(rs.getLong("id"), rs.getString("decision_key"), rs.getInt("decision_version"),
                        rs.getString("rule"), rs.getString("label"), rs.getString("process_instance_id"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getString("outcome"), rs.getString("outcome_note"), rs.getString("outcome_by"),
                        rs.getTimestamp("outcome_at") == null ? null : rs.getTimestamp("outcome_at").toInstant()));
    }

    @Override
    public String name() {
        return "warnings";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    @Transactional(readOnly = true)
    public Object read(HotlineCase hotlineCase) {
        return jdbc.query("""
                select decision_key, rule, decision_version, message, created_at from case_warning
                where case_id = ? order by created_at, decision_key, rule
                """, (rs, n) -> new Warning("UNVERIFIED_LEGAL_RULE", rs.getString("decision_key"), rs.getString("rule"),
                rs.getInt("decision_version"), rs.getString("message"), rs.getTimestamp("created_at").toInstant()),
                hotlineCase.getId());
    }

    public record Evaluation(int version, DmnDecisionResult result) {
    }

    /** A warning on a case: the rule it rests on is not verified. */
    public record Warning(String kind, String decisionKey, String rule, int decisionVersion, String message,
                          java.time.Instant createdAt) {
    }

    public record Check(long id, String decisionKey, int decisionVersion, String rule, String label,
                        String processInstanceId, java.time.Instant openedAt, String outcome, String outcomeNote,
                        String outcomeBy,
                        java.time.Instant outcomeAt) {
    }
}
