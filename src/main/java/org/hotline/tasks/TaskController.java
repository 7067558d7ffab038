package org.hotline.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline.platform.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    @Operation(summary = "My tasks, my groups' queue, or urgent work (priority 75 and up, or overdue), by priority then"
            + " due date, a page at a time: X-Total-Count says how many tasks the whole list holds, Link the next and"
            + " previous pages")
    ResponseEntity<List<TaskView>> list(@RequestParam(defaultValue = "mine") String view,
                                        @RequestParam(defaultValue = "0") String page,
                                        @RequestParam(defaultValue = "100") String size) {
        HotlineTaskService.View parsed = switch (view) {
            case "mine" -> HotlineTaskService.View.MINE;
            case "group" -> HotlineTaskService.View.GROUP;
            case "urgent" -> HotlineTaskService.View.URGENT;
            default -> throw ApiProblem.invalid("view", "unknown view; expected mine, group or urgent");
        };
        int pageNumber = number("page", page);
        int pageSize = number("size", size);
        // The page's first task must fit an int; the page's size and number are checked by the service.
        long first = (long) pageNumber * pageSize;
        if (first != (int) first) {
            throw ApiProblem.invalid("page", "is past the last task there can be");
        }
        HotlineTaskService.TaskPage found = tasks.page(parsed, (int) first, pageSize);
        List<String> links = new ArrayList<>();
        if (found.hasNext()) {
            links.add(link(view, pageNumber + 1, pageSize, "next"));
        }
        if (found.hasPrevious()) {
            links.add(link(view, pageNumber - 1, pageSize, "prev"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(TOTAL, Long.toString(found.total()));
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(found.tasks());
    }

    static final String TOTAL = "X-Total-Count";

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(field, "must be a whole number");
        }
    }

    private static String link(String view, int page, int size, String relation) {
        return "</api/tasks?view=" + view + "&page=" + page + "&size=" + size + ">; rel=\"" + relation + "\"";
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
