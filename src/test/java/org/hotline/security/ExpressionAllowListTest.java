package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.hotline.support.Api;
import org.hotline.support.Deployments;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The expression allow-list, at each of its two places: the deployment guard, before the engine parses a model, and
 * the engine's resolver, whenever an expression runs; and the refusal of every expression in a query inside the
 * engine. Each escape is one that a resolver allowing any method on any object would run.
 */
@HotlineSpringTest
class ExpressionAllowListTest {

    /** Ways out of an expression: Spin functions, reflection, the engine's services, beans and members not listed. */
    static final List<String> ESCAPES = List.of(
            "${S('{}').unwrap().nodeType.declaringClass.getMethod('getDeclaringClass').returnType}",
            "${JSON('{}').unwrap().nodeType.declaringClass}",
            "${XML('<a/>').unwrap().ownerDocument}",
            "${execution.processEngineServices.identityService.createMembership('designer1', 'admins')}",
            "${execution.getProcessEngineServices().getIdentityService().createMembership('designer1', 'admins')}",
            "${execution['processEngineServices'].identityService.createMembership('designer1', 'admins')}",
            "${execution.processEngine}",
            "${''.getClass().forName('java.lang.Runtime')}",
            "${caseNumber.getClass().getClassLoader()}",
            "${execution.getVariable('caseNumber').getClass()}",
            "${execution.setVariable('leak', caseNumber.getClass().getName())}",
            "${taskDue.getClass()}",
            "${taskDue.after(slaFirstAction).getClass()}",
            "${referralTiming.chaseAfter.getClass()}",
            "${jdbcTemplate.queryForList('select 1')}",
            "${identityService.createMembership('designer1', 'admins')}",
            "${now().toDate().getClass()}",
            "#{dateTime().toDate().getClass()}");

    private static final List<String> DEPLOY_PATHS = List.of("/engine-rest/deployment/create",
            "/engine-rest/engine/default/deployment/create", "/engine-rest/deployment/create/");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identity;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void nothingHappened() {
        assertThat(identity.createUserQuery().memberOfGroup("admins").userId("designer1").count())
                .as("no escape made designer1 an administrator").isZero();
    }

    @Test
    @DisplayName("Each escape deployed in a model (timer, expression, condition, mapping, field, assignee, decision) "
            + "is refused with 400 through both forms of /engine-rest, and nothing is stored")
    void escapesAreRefusedAtDeployment() throws Exception {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        int refused = 0;
        for (String escape : ESCAPES) {
            String xmlEscape = escape.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
            for (String place : List.of("timer", "expression", "condition", "mapping", "field", "assignee", "decision")) {
                String file = place.equals("decision") ? "escape.dmn" : "escape.bpmn";
                String model = place.equals("decision") ? decisionWith(xmlEscape) : processWith(place, xmlEscape);
                // Each URL form of the deployment resource in turn.
                String path = DEPLOY_PATHS.get(refused % DEPLOY_PATHS.size());
                HttpResponse<String> answer = Deployments.deploy(port, path, "designer1", "escape-" + place, file, model);
                assertThat(answer.statusCode()).as(place + " " + escape + " via " + path + ": " + answer.body())
                        .isEqualTo(400);
                assertThat(answer.body()).as(place + " " + escape).contains("was refused").contains(file);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(ESCAPES.size() * 7);
        assertThat(repository.createDeploymentQuery().count()).as("nothing was deployed").isEqualTo(deploymentsBefore);
    }

    @Test
    @DisplayName("The activiti namespace, a DOCTYPE and a FEEL function bound to Java are refused at deployment")
    void foreignNamespacesAndExternalFunctionsAreRefused() throws Exception {
        String activitiClass = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:activiti="http://activiti.org/bpmn" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_A" targetNamespace="http://hotline.org/bpmn">
                  <bpmn:process id="ActivitiProcess" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                    <bpmn:serviceTask id="Task_Run" name="Run" activiti:class="java.lang.ProcessBuilder" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Run" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        HttpResponse<String> answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "activiti",
                "activiti.bpmn", activitiClass);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("activiti:class").contains("http://activiti.org/bpmn");

        String activitiListener = activitiClass.replace("activiti:class=\"java.lang.ProcessBuilder\"", "")
                .replace("<bpmn:serviceTask id=\"Task_Run\" name=\"Run\"  />", """
                        <bpmn:userTask id="Task_Run" name="Run"><bpmn:extensionElements>
                        <activiti:taskListener event="create"><activiti:script scriptFormat="javascript">1</activiti:script></activiti:taskListener>
                        </bpmn:extensionElements></bpmn:userTask>""");
        answer = Deployments.deploy(port, "/engine-rest/engine/default/deployment/create", "designer1", "activiti",
                "activiti.bpmn", activitiListener);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("activiti:taskListener");

        String doctype = activitiClass.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "doctype", "doctype.bpmn", doctype);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("DOCTYPE").doesNotContain("root:");

        String external = decisionWith("function(x) external {java: {class: &quot;java.lang.System&quot;, "
                + "method signature: &quot;exit(int)&quot;}}").replace("expressionLanguage=\"juel\" ", "");
        answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "external", "external.dmn", external);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("external");
    }

    @Test
    @DisplayName("An expression split by CDATA sections, comments or processing instructions is checked whole")
    void splitExpressionsAreCheckedWhole() throws Exception {
        for (String split : List.of("<![CDATA[$]]><![CDATA[{execution.getClass()}]]>", "$<!-- -->{execution.getClass()}",
                "$<?x y?>{execution.getClass()}", "${execution.<!-- -->getClass()}")) {
            String model = processWith("mapping", "PLACEHOLDER").replace("PLACEHOLDER", split);
            HttpResponse<String> answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "split",
                    "split.bpmn", model);
            assertThat(answer.statusCode()).as(split + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("getClass");
            String decision = decisionWith("PLACEHOLDER").replace("PLACEHOLDER", split);
            answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "split", "split.dmn", decision);
            assertThat(answer.statusCode()).as(split + ": " + answer.body()).isEqualTo(400);
        }
    }

    @Test
    @DisplayName("Scripts in any form are refused at deployment and find no script engine: a JUEL condition read from "
            + "another file, a condition language, a decision in JUEL, a tenant, an overlong name")
    void noScriptRuns() throws Exception {
        String viaResource = processWith("condition", "X").replace(
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">X</bpmn:conditionExpression>",
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"juel\" "
                        + "camunda:resource=\"deployment://condition.txt\" />");
        assertThat(viaResource).contains("camunda:resource");
        String inlineLanguage = processWith("condition", "${true}").replace("<bpmn:conditionExpression ",
                "<bpmn:conditionExpression language=\"juel\" ");
        for (String model : List.of(viaResource, inlineLanguage)) {
            HttpResponse<String> answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "script",
                    "script.bpmn", model);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("no script runs here");
        }
        String juelDecision = decisionWith("caseNumber").replace("expressionLanguage=\"juel\" ", "")
                .replace("namespace=\"http://hotline.org/dmn\"", "namespace=\"http://hotline.org/dmn\" expressionLanguage=\"juel\"");
        HttpResponse<String> answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "juel",
                "juel.dmn", juelDecision);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("decisions are written in FEEL");
        for (String language : List.of("juel", "javascript", "groovy", "ecmascript")) {
            assertThat(engine.getScriptEngineResolver().getScriptEngine(language, false)).as(language).isNull();
        }
        String sound = processWith("assignee", "advocate1");
        answer = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "x".repeat(300), "long.bpmn", sound);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("deployment-name");
    }

    @Test
    @DisplayName("A designer's process that names another case's id cannot act on that case: closing it fails, the case "
            + "stays open")
    void aProcessActsOnlyOnItsOwnCase() throws Exception {
        String caseNumber = new Api(port, json).caseWaitingForFollowUp("advocate1");
        Long caseId = jdbc.queryForObject("select id from hotline_case where case_number = ?", Long.class, caseNumber);
        String key = "Hijack" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000) + "Process";
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Hijack" targetNamespace="http://hotline.org/bpmn">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"><bpmn:timerEventDefinition id="Timer_1">
                      <bpmn:timeDate xsi:type="bpmn:tFormalExpression">2020-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
                    <bpmn:serviceTask id="Task_Set" name="Set" camunda:expression="${execution.setVariable('caseId', %d)}" />
                    <bpmn:serviceTask id="Task_Close" name="Close" camunda:delegateExpression="${closeCase}" />
                    <bpmn:endEvent id="End" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Set" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Set" targetRef="Task_Close" />
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Close" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, caseId);
        HttpResponse<String> deployed = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "hijack",
                "hijack.bpmn", model);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
        var timer = management.createJobQuery().processDefinitionId(definition.getId()).singleResult();
        assertThatThrownBy(() -> management.executeJob(timer.getId())).hasMessageContaining("may not act on it");
        assertThat(jdbc.queryForObject("select status from hotline_case where id = ?", String.class, caseId))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from timeline_event where case_id = ? and type = 'CASE_CLOSED'",
                Integer.class, caseId)).isZero();

        // Nor confirm a protocol's contacts: only a verification started for that protocol does.
        String protocol = jdbc.queryForObject("select id::text from protocol order by id limit 1", String.class);
        Integer version = jdbc.queryForObject("select version from protocol where id = ?::uuid", Integer.class, protocol);
        String confirmKey = key + "Protocol";
        String confirming = model.replace(key, confirmKey)
                .replace("execution.setVariable('caseId', " + caseId + ")", "execution.setVariable('protocolId', '" + protocol + "')")
                .replace("${closeCase}", "${confirmProtocol}");
        deployed = Deployments.deploy(port, "/engine-rest/deployment/create", "designer1", "hijack", "confirm.bpmn", confirming);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        var confirmDefinition = repository.createProcessDefinitionQuery().processDefinitionKey(confirmKey).singleResult();
        var confirmTimer = management.createJobQuery().processDefinitionId(confirmDefinition.getId()).singleResult();
        assertThatThrownBy(() -> management.executeJob(confirmTimer.getId())).hasMessageContaining("ProtocolVerificationProcess");
        assertThat(jdbc.queryForObject("select version from protocol where id = ?::uuid", Integer.class, protocol))
                .isEqualTo(version);
    }

    @Test
    @DisplayName("At run time each escape is refused by the engine's resolver; the expressions the models use still work")
    void escapesAreRefusedWhenAnExpressionRuns() {
        String caseNumber = new Api(port, json).post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node()
                .path("caseNumber").asText();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        for (String escape : ESCAPES) {
            assertThatThrownBy(() -> evaluate(instance, escape)).as(escape).isNotNull();
        }
        assertThat(runtime.getVariable(instance, "leak")).isNull();

        assertThat(evaluate(instance, "${caseNumber}")).isEqualTo(caseNumber);
        assertThat(evaluate(instance, "${execution.getVariable('caseNumber')}")).isEqualTo(caseNumber);
        assertThat(evaluate(instance, "${taskDue.after('PT1H')}")).isInstanceOf(Date.class);
        assertThat(evaluate(instance, "${referralTiming.chaseAfter}")).isEqualTo("P2D");
        assertThat(evaluate(instance, "${jurisdiction == 'ON' && !imminentDanger}")).isEqualTo(true);
        evaluate(instance, "${execution.setVariable('reportPending', false)}");
        assertThat(runtime.getVariable(instance, "reportPending")).isEqualTo(false);
    }

    @Test
    @DisplayName("Inside the engine no query runs an expression: not in an or-branch, a saved filter or an extending query")
    void queriesRefuseExpressionsInTheEngine() {
        String escape = ESCAPES.get(0);
        assertThatThrownBy(() -> tasks.createTaskQuery().taskAssigneeExpression(escape).list())
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> tasks.createTaskQuery().or().taskAssigneeExpression(escape).endOr().list())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("taskAssigneeExpression");
        assertThatThrownBy(() -> tasks.createTaskQuery().or().taskCandidateGroupExpression(escape).endOr().count())
                .isInstanceOf(BadUserRequestException.class);
        Filter saved = filters.newTaskFilter("Escape " + UUID.randomUUID())
                .setQuery(tasks.createTaskQuery().or().taskAssigneeExpression(escape).endOr());
        assertThatThrownBy(() -> filters.saveFilter(saved)).isInstanceOf(BadUserRequestException.class);
        Filter any = filters.createFilterQuery().filterResourceType("Task").list().get(0);
        assertThatThrownBy(() -> filters.list(any.getId(), tasks.createTaskQuery().or().taskOwnerExpression(escape).endOr()))
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> filters.count(any.getId(), tasks.createTaskQuery().or().taskOwnerExpression(escape).endOr()))
                .isInstanceOf(BadUserRequestException.class);
    }

    private Object evaluate(String executionId, String expression) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            return engine.getExpressionManager().createExpression(expression).getValue(execution);
        });
    }

    private static String processWith(String place, String expression) {
        String key = "Escape" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000) + "Process";
        String body = switch (place) {
            case "timer" -> """
                    <bpmn:startEvent id="Start"><bpmn:timerEventDefinition id="Timer_1">
                    <bpmn:timeDate xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
                    <bpmn:endEvent id="End" /><bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="End" />""";
            case "expression" -> """
                    <bpmn:startEvent id="Start" /><bpmn:serviceTask id="Task_Run" name="Run" camunda:expression="%s" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Run" />""";
            case "condition" -> """
                    <bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="End">
                    <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression></bpmn:sequenceFlow>""";
            case "mapping" -> """
                    <bpmn:startEvent id="Start" /><bpmn:userTask id="Task_Do" name="Do" camunda:candidateGroups="advocates">
                    <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">%s</camunda:inputParameter>
                    </camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Do" />""";
            case "field" -> """
                    <bpmn:startEvent id="Start" /><bpmn:serviceTask id="Task_Run" name="Run" camunda:delegateExpression="${closeCase}">
                    <bpmn:extensionElements><camunda:field name="x"><camunda:expression>%s</camunda:expression></camunda:field>
                    </bpmn:extensionElements></bpmn:serviceTask>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Run" />""";
            case "assignee" -> """
                    <bpmn:startEvent id="Start" /><bpmn:userTask id="Task_Do" name="Do" camunda:assignee="%s" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Do" />""";
            default -> throw new IllegalArgumentException(place);
        };
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Escape" targetNamespace="http://hotline.org/bpmn">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                  %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, body.formatted(expression));
    }

    private static String decisionWith(String inputExpression) {
        String id = "EscapeDecision" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Escape" name="Escape" namespace="http://hotline.org/dmn">
                  <decision id="%s" name="Escape" camunda:historyTimeToLive="1">
                    <decisionTable id="DecisionTable_Escape">
                      <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string" expressionLanguage="juel"><text>%s</text></inputExpression></input>
                      <output id="Output_1" name="out" typeRef="string" />
                      <rule id="Rule_1"><inputEntry id="In_1"><text>-</text></inputEntry><outputEntry id="Out_1"><text>"x"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(id, inputExpression);
    }
}
