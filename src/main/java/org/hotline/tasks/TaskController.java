package org.hotline.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskController {

    private final HotlineTaskService tasks;

    TaskController(HotlineTaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "My tasks, my groups' queue, or urgent work (priority 75 and up, or overdue), by priority then due date")
    List<TaskView> list(@RequestParam(defaultValue = "mine") String view) {
        HotlineTaskService.View parsed = switch (view) {
            case "mine" -> HotlineTaskService.View.MINE;
            case "group" -> HotlineTaskService.View.GROUP;
            case "urgent" -> HotlineTaskService.View.URGENT;
            default -> throw org.hotline.platform.ApiProblem.invalid("view", "unknown view; expected mine, group or urgent");
        };
        return tasks.list(parsed);
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Claim a task; 409 when someone else holds it")
    void claim(@PathVariable String taskId) {
        tasks.claim(taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give a task back to the queue")
    void unclaim(@PathVariable String taskId) {
        tasks.unclaim(taskId);
    }

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task you hold with the values of its form")
    void complete(@PathVariable String taskId, @RequestBody(required = false) CompleteRequest request) {
        tasks.complete(taskId, request == null ? Map.of() : request.variables());
    }

    record CompleteRequest(Map<String, Object> variables) {
    }
}
