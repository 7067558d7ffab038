package org.hotline.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.hotline.support.Deployments;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deployments through /engine-rest/deployment/create, as Camunda Modeler makes them. */
@HotlineSpringTest
class DeploymentGuardTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;

    @Test
    @DisplayName("A deployment with scripts, foreign classes, unknown beans, missing forms and no TTL is refused whole")
    void unsafeDeploymentIsRefused() throws Exception {
        String key = "GuardTest" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000) + "Process";
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Guard" targetNamespace="http://hotline.org/bpmn">
                  <bpmn:process id="%s" name="Guard test" isExecutable="true">
                    <bpmn:startEvent id="Event_Started" name="Started">
                      <bpmn:extensionElements>
                        <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">println 'hi'</camunda:script></camunda:executionListener>
                      </bpmn:extensionElements>
                    </bpmn:startEvent>
                    <bpmn:scriptTask id="Task_RunScript" name="Run script" scriptFormat="groovy"><bpmn:script>println 'x'</bpmn:script></bpmn:scriptTask>
                    <bpmn:serviceTask id="Task_CallClass" name="Call class" camunda:class="com.example.Evil" />
                    <bpmn:serviceTask id="Task_CallBean" name="Call bean" camunda:delegateExpression="${noSuchBean}" />
                    <bpmn:userTask id="Task_FillForm" name="Fill form" camunda:formRef="no-such-form" camunda:formRefBinding="deployment" camunda:candidateGroups="advocates" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Started" targetRef="Task_RunScript" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_RunScript" targetRef="Task_CallClass" />
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_CallClass" targetRef="Task_CallBean" />
                    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_CallBean" targetRef="Task_FillForm" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        long deployments = repository.createDeploymentQuery().count();

        HttpResponse<String> refused = deploy("designer1", "guard-test.bpmn", bpmn);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String message = json.readTree(refused.body()).path("message").asText();
        assertThat(message).contains("no historyTimeToLive", "script task Task_RunScript", "a script in startEvent Event_Started",
                "camunda:class com.example.Evil", "delegate bean noSuchBean", "form no-such-form",
                "not part of this deployment");
        assertThat(repository.createDeploymentQuery().count()).as("nothing stored").isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    @DisplayName("Designers and admins deploy a sound model with its form; other roles get a 403")
    void soundDeploymentByDesigners() throws Exception {
        String key = "GuardSound" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000) + "Process";
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Sound" targetNamespace="http://hotline.org/bpmn">
                  <bpmn:process id="%s" name="Sound" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Event_Started" name="Started" />
                    <bpmn:userTask id="Task_Review" name="Review" camunda:formRef="handle-escalation" camunda:formRefBinding="latest" camunda:candidateGroups="supervisors" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Started" targetRef="Task_Review" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        assertThat(deploy("advocate1", "sound.bpmn", bpmn).statusCode()).isEqualTo(403);
        assertThat(deploy("supervisor1", "sound.bpmn", bpmn).statusCode()).isEqualTo(403);
        HttpResponse<String> deployed = deploy("designer1", "sound.bpmn", bpmn);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        JsonNode definitions = json.readTree(deployed.body()).path("deployedProcessDefinitions");
        assertThat(definitions.toString()).contains(key);
    }

    @Test
    @DisplayName("Decisions in a script language and case models are refused at deployment")
    void scriptLanguagesAndCaseModelsAreRefused() throws Exception {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Js" name="js" namespace="http://hotline.org/dmn">
                  <decision id="JsDecision" name="Js">
                    <decisionTable id="DecisionTable_Js">
                      <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string" expressionLanguage="javascript"><text>java.lang.System.exit(0)</text></inputExpression></input>
                      <output id="Output_1" name="out" typeRef="string" />
                      <rule id="Rule_1"><inputEntry id="In_1"><text>-</text></inputEntry><outputEntry id="Out_1"><text>"x"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        HttpResponse<String> refused = deploy("designer1", "js-decision.dmn", dmn);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("javascript");
        HttpResponse<String> cmmn = deploy("designer1", "case.cmmn", "<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" />");
        assertThat(cmmn.statusCode()).isEqualTo(400);
        assertThat(cmmn.body()).contains("CMMN");
    }

    @Test
    @DisplayName("A decision without historyTimeToLive is refused with a 400 naming it, as a process is")
    void decisionWithoutTimeToLive() throws Exception {
        String key = "GuardNoTtl" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000) + "Decision";
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_NoTtl" name="no ttl" namespace="http://hotline.org/dmn">
                  <decision id="%s" name="No time to live">
                    <decisionTable id="DecisionTable_NoTtl">
                      <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string"><text>a</text></inputExpression></input>
                      <output id="Output_1" name="out" typeRef="string" />
                      <rule id="Rule_1"><inputEntry id="In_1"><text>-</text></inputEntry><outputEntry id="Out_1"><text>"x"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key);
        long deployments = repository.createDeploymentQuery().count();

        HttpResponse<String> refused = deploy("designer1", "no-ttl.dmn", dmn);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("message").asText()).contains("decision " + key + " has no historyTimeToLive");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("no-ttl.dmn");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("ENGINE-");
        assertThat(repository.createDeploymentQuery().count()).as("nothing stored").isEqualTo(deployments);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isZero();
    }

    private HttpResponse<String> deploy(String user, String fileName, String content) throws IOException, InterruptedException {
        return Deployments.deploy(port, "/engine-rest/deployment/create", user, "guard-test", fileName, content);
    }
}
