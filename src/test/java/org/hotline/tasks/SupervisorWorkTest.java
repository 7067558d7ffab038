package org.hotline.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What supervisors watch and do, through the API: notifications, the board, handing tasks on, raising the risk
 * level, and the Tasklist filters that sort the same work.
 */
@HotlineSpringTest
class SupervisorWorkTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired FilterService filters;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired TasklistFilters tasklistFilters;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
        api.post("supervisor1", "/api/notifications/read", "");
        api.post("advocate1", "/api/notifications/read", "");
        api.post("advocate2", "/api/notifications/read", "");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("An imminent-danger intake reaches every supervisor at once: unread count, notification, board")
    void urgentCaseReachesSupervisors() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("imminentDanger", true);
        String caseNumber = open(request);

        JsonNode mine = api.get("supervisor1", "/api/notifications").node();
        // The urgent review, and the emergency report that supervisors may make too.
        assertThat(mine.path("unread").asInt()).isEqualTo(2);
        JsonNode notification = null;
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (JsonNode n : mine.path("notifications")) {
            if (!n.path("read").asBoolean()) {
                keys.add(n.path("taskKey").asText());
                if (n.path("taskKey").asText().equals("Task_ReviewUrgentCase")) {
                    notification = n;
                }
            }
        }
        assertThat(keys).containsExactlyInAnyOrder("Task_ReviewUrgentCase", "Task_MakeEmergencyReport");
        assertThat(notification).isNotNull();
        assertThat(notification.path("kind").asText()).isEqualTo("SUPERVISOR_TASK");
        assertThat(notification.path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(notification.path("taskKey").asText()).isEqualTo("Task_ReviewUrgentCase");
        assertThat(notification.toString()).doesNotContain("Maria", "passport", "416-555");
        assertThat(api.get("advocate1", "/api/notifications").node().path("unread").asInt())
                .as("advocates do not get supervisors' news").isZero();

        JsonNode board = api.get("supervisor1", "/api/supervisor/board").node();
        assertThat(board.path("urgentCases").findValuesAsText("caseNumber")).contains(caseNumber);
        assertThat(board.path("staff").findValuesAsText("id")).contains("advocate1", "advocate2", "supervisor1");
        assertThat(api.get("advocate1", "/api/supervisor/board").status()).isEqualTo(403);

        JsonNode read = api.post("supervisor1", "/api/notifications/read", "").node();
        assertThat(read.path("unread").asInt()).isZero();
        assertThat(api.get("supervisor1", "/api/notifications").node().path("notifications").findValuesAsText("read"))
                .containsOnly("true");
    }

    @Test
    @DisplayName("An SLA breach and an advocate's escalation notify supervisors; who took the escalation is on the timeline")
    void escalationsNotifyAndAreTracked() {
        String caseNumber = open(Intakes.adultVictimInToronto());
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3_700_000L));
        Job sla = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber).singleResult().getId()).activityId("Event_ConfirmRiskOverdue")
                .timers().duedateLowerThan(ClockUtil.getCurrentTime()).singleResult();
        management.executeJob(sla.getId());
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/escalations", Map.of("reason", "Caller scared"))
                .status()).isEqualTo(202);

        JsonNode notifications = api.get("supervisor1", "/api/notifications").node().path("notifications");
        List<String> kinds = new ArrayList<>();
        notifications.forEach(n -> {
            if (n.path("caseNumber").asText().equals(caseNumber)) {
                kinds.add(n.path("kind").asText());
            }
        });
        assertThat(kinds).containsExactlyInAnyOrder("SLA_BREACHED", "ESCALATION_REQUESTED");

        Filter escalations = filters.createFilterQuery().filterName(TasklistFilters.ESCALATIONS).singleResult();
        List<Task> listed = filters.list(escalations.getId());
        assertThat(listed).filteredOn(t -> t.getTaskDefinitionKey().startsWith("Task_Handle")).hasSizeGreaterThanOrEqualTo(2);

        String escalation = taskOf(caseNumber, "Task_HandleRequestedEscalation", "supervisor1");
        assertThat(api.post("supervisor1", "/api/tasks/" + escalation + "/claim", "").status()).isEqualTo(204);
        assertThat(api.post("supervisor1", "/api/tasks/" + escalation + "/complete",
                Map.of("variables", Map.of("escalationAction", "TOOK_OVER"))).status()).isEqualTo(204);
        List<String> timeline = api.get("supervisor1", "/api/cases/" + caseNumber).node().path("timeline")
                .findValuesAsText("detail");
        assertThat(timeline).contains("\"Handle escalation\" taken by supervisor1")
                .anyMatch(d -> d.startsWith("Handle escalation: escalationAction=TOOK_OVER"));
    }

    @Test
    @DisplayName("A supervisor hands a task on: only to someone of its team; both advocates are told; the timeline says who")
    void reassign() {
        String caseNumber = open(Intakes.adultVictimInToronto());
        String task = taskOf(caseNumber, "Task_ConfirmRisk", "advocate1");
        api.post("advocate1", "/api/tasks/" + task + "/claim", "");

        assertThat(api.post("advocate2", "/api/tasks/" + task + "/assignee", Map.of("assignee", "advocate2")).status())
                .isEqualTo(403);
        Api.Response designer = api.post("supervisor1", "/api/tasks/" + task + "/assignee", Map.of("assignee", "designer1"));
        assertThat(designer.status()).isEqualTo(400);
        assertThat(designer.node().path("errors").findValuesAsText("field")).containsExactly("assignee");
        assertThat(api.post("supervisor1", "/api/tasks/" + task + "/assignee", Map.of("assignee", "nobody")).status())
                .isEqualTo(400);
        assertThat(api.post("supervisor1", "/api/tasks/no-such-task/assignee", Map.of("assignee", "advocate2")).status())
                .isEqualTo(404);

        assertThat(api.post("supervisor1", "/api/tasks/" + task + "/assignee", Map.of("assignee", "advocate2")).status())
                .isEqualTo(204);
        assertThat(engineTasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("advocate2");
        JsonNode lost = api.get("advocate1", "/api/notifications").node().path("notifications").get(0);
        assertThat(lost.path("kind").asText()).isEqualTo("TASK_REASSIGNED");
        assertThat(lost.path("subjectUser").asText()).isEqualTo("advocate2");
        assertThat(lost.path("actor").asText()).isEqualTo("supervisor1");
        assertThat(api.get("advocate2", "/api/notifications").node().path("notifications").get(0).path("kind").asText())
                .isEqualTo("TASK_ASSIGNED");
        assertThat(api.get("supervisor1", "/api/cases/" + caseNumber).node().path("timeline").findValuesAsText("detail"))
                .contains("\"Confirm risk assessment\" taken by advocate1",
                        "\"Confirm risk assessment\" assigned to advocate2 by supervisor1");
    }

    @Test
    @DisplayName("A supervisor raises the risk level: priority and SLA follow on the open tasks; lowering is refused")
    void raiseRisk() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("indicators", List.of("DEBT_BONDAGE"));
        Intakes.person(request).put("stillInSituation", false);
        String caseNumber = open(request);
        String level = api.get("supervisor1", "/api/cases/" + caseNumber).node().path("riskLevel").asText();
        assertThat(level).isIn("LOW", "MODERATE");

        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/risk-level", Map.of("riskLevel", "HIGH")).status())
                .isEqualTo(403);
        Api.Response lower = api.post("supervisor1", "/api/cases/" + caseNumber + "/risk-level", Map.of("riskLevel", "LOW"));
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.node().path("errors").findValuesAsText("field")).containsExactly("riskLevel");
        assertThat(api.post("supervisor1", "/api/cases/" + caseNumber + "/risk-level", Map.of("riskLevel", "SEVERE"))
                .status()).isEqualTo(400);

        Api.Response raised = api.post("supervisor1", "/api/cases/" + caseNumber + "/risk-level",
                Map.of("riskLevel", "HIGH", "reason", "Trafficker called the caller's family"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(204);
        JsonNode file = api.get("supervisor1", "/api/cases/" + caseNumber).node();
        assertThat(file.path("riskLevel").asText()).isEqualTo("HIGH");
        Date withinTheHour = new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L + 5_000L);
        String processInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        assertThat(engineTasks.createTaskQuery().processInstanceId(processInstance).list())
                .isNotEmpty().allMatch(t -> !t.getDueDate().after(withinTheHour));
        assertThat(management.createJobQuery().processInstanceId(processInstance).timers().list())
                .as("the SLA timers follow the new deadline").isNotEmpty()
                .allMatch(job -> !job.getDuedate().after(withinTheHour));
        assertThat(file.path("activeTasks").findValues("priority")).isNotEmpty().allMatch(p -> p.asInt() >= 75);
        assertThat(file.path("timeline").findValuesAsText("type")).contains("RISK_RAISED");
        assertThat(file.path("riskAssessments").findValuesAsText("kind")).contains("SUPERVISOR_RAISE");
        JsonNode board = api.get("supervisor1", "/api/supervisor/board").node();
        assertThat(board.path("urgentCases").findValuesAsText("caseNumber")).contains(caseNumber);
    }

    @Test
    @DisplayName("Tasklist: every filter exists; My tasks, Urgent and Overdue list the right tasks")
    void tasklistFilters() {
        String caseNumber = open(Intakes.adultVictimInToronto());
        String task = taskOf(caseNumber, "Task_ConfirmRisk", "advocate1");
        api.post("advocate1", "/api/tasks/" + task + "/claim", "");
        for (String name : List.of(TasklistFilters.ADVOCATES_QUEUE, TasklistFilters.SUPERVISORS_QUEUE,
                TasklistFilters.URGENT, TasklistFilters.OVERDUE, TasklistFilters.ESCALATIONS)) {
            assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isOne();
        }
        Filter mine = filters.createFilterQuery().filterName("My tasks: advocate1").filterOwner("advocate1").singleResult();
        assertThat(filters.<Task>list(mine.getId())).extracting(Task::getId).contains(task);
        Filter theirs = filters.createFilterQuery().filterName("My tasks: advocate2").singleResult();
        assertThat(filters.<Task>list(theirs.getId())).extracting(Task::getId).doesNotContain(task);

        Filter urgent = filters.createFilterQuery().filterName(TasklistFilters.URGENT).singleResult();
        Filter overdue = filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        assertThat(filters.<Task>list(urgent.getId())).extracting(Task::getId).as("HIGH: priority 75").contains(task);
        assertThat(filters.<Task>list(overdue.getId())).extracting(Task::getId).doesNotContain(task);

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3_700_000L));
        tasklistFilters.refreshDeadlines();
        assertThat(filters.<Task>list(overdue.getId())).extracting(Task::getId).contains(task);
        assertThat(overdue.getProperties().toString()).contains("listCaseNumber", "listRiskLevel");
    }

    private String open(Map<String, Object> request) {
        Api.Response opened = api.post("advocate1", "/api/cases", request);
        assertThat(opened.status()).isEqualTo(201);
        return opened.node().path("caseNumber").asText();
    }

    private String taskOf(String caseNumber, String key, String user) {
        return api.taskOf(user, caseNumber, key);
    }
}
