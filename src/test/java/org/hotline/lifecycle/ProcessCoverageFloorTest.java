package org.hotline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class ({@link ClassOrderer.OrderAnnotation}) and adds up the process test coverage
 * reports they wrote under {@code target/process-test-coverage}: every flow node and at least 95% of the sequence
 * flows of every process in {@code processes/} must have been run. Writes the figures to
 * {@code target/process-test-coverage/summary.txt}.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageFloorTest {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final double FLOW_FLOOR = 0.95;

    @Test
    @DisplayName("Every flow node and at least 95% of the sequence flows of every process were run by the tests")
    void coverageFloor() throws IOException {
        Map<String, Set<String>> started = new HashMap<>();
        Map<String, Set<String>> taken = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> reports;
        try (Stream<Path> files = Files.exists(REPORTS) ? Files.walk(REPORTS) : Stream.empty()) {
            reports = files.filter(f -> f.getFileName().toString().equals("report.json")).toList();
        }
        for (Path report : reports) {
            JsonNode document = json.readTree(report.toFile());
            for (JsonNode suite : document.path("suites")) {
                for (JsonNode run : suite.path("runs")) {
                    for (JsonNode event : run.path("events")) {
                        String model = event.path("modelKey").asText();
                        String element = event.path("definitionKey").asText();
                        (event.path("type").asText().equals("TAKE") ? taken : started)
                                .computeIfAbsent(model, k -> new HashSet<>()).add(element);
                    }
                }
            }
        }
        List<String> summary = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    Set<String> nodes = new TreeSet<>();
                    model.getModelElementsByType(FlowNode.class).forEach(node -> nodes.add(node.getId()));
                    Set<String> flows = new TreeSet<>();
                    model.getModelElementsByType(SequenceFlow.class).forEach(flow -> flows.add(flow.getId()));
                    Set<String> missedNodes = new TreeSet<>(nodes);
                    missedNodes.removeAll(started.getOrDefault(process.getId(), Set.of()));
                    Set<String> missedFlows = new TreeSet<>(flows);
                    missedFlows.removeAll(taken.getOrDefault(process.getId(), Set.of()));
                    int coveredFlows = flows.size() - missedFlows.size();
                    summary.add("%s: flow nodes %d/%d, sequence flows %d/%d (%.1f%%)".formatted(process.getId(),
                            nodes.size() - missedNodes.size(), nodes.size(), coveredFlows, flows.size(),
                            flows.isEmpty() ? 100.0 : 100.0 * coveredFlows / flows.size()));
                    if (!missedNodes.isEmpty()) {
                        problems.add(file + ": no test runs the flow nodes " + missedNodes + "; add a scenario that does");
                    }
                    if (!flows.isEmpty() && coveredFlows < FLOW_FLOOR * flows.size()) {
                        problems.add(file + ": tests take " + coveredFlows + " of " + flows.size()
                                + " sequence flows, under 95%; not taken: " + missedFlows);
                    }
                }
            }
        }
        Files.createDirectories(REPORTS);
        Files.write(REPORTS.resolve("summary.txt"), summary);
        summary.forEach(line -> System.out.println("[coverage] " + line));
        assertThat(reports).as("process test coverage reports under " + REPORTS + ": run the whole test suite").isNotEmpty();
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
