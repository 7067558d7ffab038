package org.hotline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The rules every model in {@code processes/} and form in {@code forms/} keeps, checked in the normal test run so a
 * designer learns of a mistake here, not from a stuck case. Each failure names the file, the element and what to do.
 */
@HotlineSpringTest
class ModelConformanceTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<Class<? extends ModelElementInstance>, String> PREFIXES = new HashMap<>();

    static {
        PREFIXES.put(org.camunda.bpm.model.bpmn.instance.Task.class, "Task_");
        PREFIXES.put(Gateway.class, "Gateway_");
        PREFIXES.put(org.camunda.bpm.model.bpmn.instance.Event.class, "Event_");
        PREFIXES.put(SequenceFlow.class, "Flow_");
        PREFIXES.put(org.camunda.bpm.model.bpmn.instance.SubProcess.class, "SubProcess_");
        PREFIXES.put(org.camunda.bpm.model.bpmn.instance.Message.class, "Message_");
        PREFIXES.put(org.camunda.bpm.model.bpmn.instance.Escalation.class, "Escalation_");
    }

    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;

    @Test
    @DisplayName("Every model: executable processes with history time to live, ids and file names as STYLE.md says")
    void processesAndIds() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!process.isExecutable()) {
                    continue;
                }
                if (process.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(file + ": process " + process.getId() + " has no historyTimeToLive; set it (days) on the process");
                }
                String expected = kebab(process.getId().replaceAll("Process$", "")) + ".bpmn";
                if (!process.getId().endsWith("Process") || !file.getFileName().toString().equals(expected)) {
                    problems.add(file + ": process " + process.getId() + " must end in \"Process\" and live in " + expected);
                }
            }
            for (Map.Entry<Class<? extends ModelElementInstance>, String> prefix : PREFIXES.entrySet()) {
                for (ModelElementInstance element : model.getModelElementsByType(prefix.getKey())) {
                    String id = ((BaseElement) element).getId();
                    if (!id.matches(Pattern.quote(prefix.getValue()) + "[A-Z][A-Za-z0-9]*")) {
                        problems.add(file + ": " + element.getElementType().getTypeName() + " " + id + " should be named "
                                + prefix.getValue() + "<PascalCase>, e.g. " + prefix.getValue() + "AssessRisk");
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    @DisplayName("Every task, event and deciding gateway is labelled; every exclusive choice has conditions or a default")
    void labelsAndChoices() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean unlabelled = node.getName() == null || node.getName().isBlank();
                // Parallel gateways and gateways that only merge are left unlabelled, as Camunda's style guide does.
                boolean exempt = node instanceof ParallelGateway
                        || (node instanceof Gateway && node.getOutgoing().size() <= 1);
                if (unlabelled && !exempt) {
                    problems.add(file + ": " + node.getElementType().getTypeName() + " " + node.getId()
                            + " has no label; tasks are verb + object, events the state reached, gateways a question");
                }
                if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && node.getOutgoing().size() > 1) {
                    String defaultFlow = node.getAttributeValue("default");
                    for (SequenceFlow flow : node.getOutgoing()) {
                        if (flow.getConditionExpression() == null && !flow.getId().equals(defaultFlow)) {
                            problems.add(file + ": flow " + flow.getId() + " out of " + node.getId()
                                    + " has no condition; give it one or make it the gateway's default");
                        }
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    @DisplayName("Every user task has candidate groups and a deployed form whose fields the process or the case file reads")
    void userTasksAndForms() throws IOException {
        Set<String> read = variablesReadByTheJavaSide();
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            String text = Files.readString(file);
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Set<String> inExpressions = identifiersInExpressions(text);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = file + ": user task " + task.getId();
                if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                    problems.add(where + " has no candidate groups; name the group that does this work");
                }
                String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                String binding = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
                if (formRef == null) {
                    problems.add(where + " has no camunda:formRef; link a Camunda Form from forms/");
                    continue;
                }
                if (!"deployment".equals(binding)) {
                    problems.add(where + " must use camunda:formRefBinding=\"deployment\" so the form deployed with it is used");
                }
                Path form = FORMS.resolve(formRef + ".form");
                if (!Files.exists(form)) {
                    problems.add(where + " refers to form " + formRef + ", but " + form + " does not exist");
                    continue;
                }
                TaskForm parsed = TaskForm.parse(json.readTree(form.toFile()));
                if (!parsed.id().equals(formRef)) {
                    problems.add(form + ": its id is " + parsed.id() + " but the file and the formRef say " + formRef);
                }
                for (TaskForm.Field field : parsed.fields()) {
                    boolean kept = field.isChoice() || field.type().equals("checklist")
                            || field.key().endsWith(TaskCompletionRecorder.NOTE_SUFFIX)
                            || read.contains(field.key()) || inExpressions.contains(field.key());
                    if (!kept) {
                        problems.add(form + ": free-text field " + field.key() + " (task " + task.getId() + ") is read by"
                                + " nothing and would be dropped; end its key in \"Note\" to keep it in the case file,"
                                + " or read it in a listener");
                    }
                    if (!field.label().isBlank() && field.type().matches("select|radio") && field.values().isEmpty()
                            && field.valuesKey() == null) {
                        problems.add(form + ": " + field.key() + " offers no values");
                    }
                    if (field.label().isBlank()) {
                        problems.add(form + ": field " + field.key() + " has no label");
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    @DisplayName("Every delegate expression and bean in an expression names an existing Spring bean")
    void delegatesExist() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            Matcher matcher = EXPRESSION.matcher(Files.readString(file));
            while (matcher.find()) {
                String expression = matcher.group(1).strip();
                Matcher first = IDENTIFIER.matcher(expression);
                if (!first.lookingAt()) {
                    continue;
                }
                String name = first.group();
                boolean beanStyle = expression.equals(name) || expression.startsWith(name + ".");
                if (beanStyle && !isVariable(name) && !context.containsBean(name)) {
                    problems.add(file + ": ${" + expression + "} names no bean \"" + name
                            + "\"; add the delegate bean or correct the name");
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    @DisplayName("Decision tables: FIRST, UNIQUE or COLLECT hit policy, history time to live, no overlapping UNIQUE rules")
    void decisionTables() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
                DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
                for (Decision decision : model.getModelElementsByType(Decision.class)) {
                    String where = file + ": decision " + decision.getId();
                    if (decision.getCamundaHistoryTimeToLiveString() == null) {
                        problems.add(where + " has no historyTimeToLive");
                    }
                    String expected = kebab(decision.getId().replaceAll("Decision$", "")) + ".dmn";
                    if (!decision.getId().endsWith("Decision") || !file.getFileName().toString().equals(expected)) {
                        problems.add(where + " must end in \"Decision\" and live in " + expected);
                    }
                    for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
                        HitPolicy policy = table.getHitPolicy();
                        // COLLECT without an aggregator: every matching rule counts (duties that add up).
                        boolean collect = policy == HitPolicy.COLLECT && table.getAggregation() == null;
                        if (policy != HitPolicy.FIRST && policy != HitPolicy.UNIQUE && !collect) {
                            problems.add(where + " uses hit policy " + policy + "; use FIRST (ordered rules), UNIQUE, or"
                                    + " COLLECT without an aggregator when every matching rule applies");
                        }
                        if (policy == HitPolicy.UNIQUE) {
                            List<Rule> rules = new ArrayList<>(table.getRules());
                            for (int i = 0; i < rules.size(); i++) {
                                for (int j = i + 1; j < rules.size(); j++) {
                                    if (overlap(rules.get(i), rules.get(j))) {
                                        problems.add(where + ": rules " + (i + 1) + " and " + (j + 1) + " can both match;"
                                                + " make them exclusive or use FIRST");
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** Two rules can both match unless some input has two distinct literals. */
    private static boolean overlap(Rule a, Rule b) {
        List<InputEntry> left = new ArrayList<>(a.getInputEntries());
        List<InputEntry> right = new ArrayList<>(b.getInputEntries());
        for (int i = 0; i < left.size(); i++) {
            String x = left.get(i).getTextContent().strip();
            String y = right.get(i).getTextContent().strip();
            if (isLiteral(x) && isLiteral(y) && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLiteral(String entry) {
        return entry.matches("\"[^\"]*\"") || entry.matches("true|false") || entry.matches("-?\\d+(\\.\\d+)?");
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static String kebab(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> identifiersInExpressions(String text) {
        Set<String> names = new HashSet<>();
        Matcher matcher = EXPRESSION.matcher(text);
        while (matcher.find()) {
            Matcher identifiers = IDENTIFIER.matcher(matcher.group(1));
            while (identifiers.find()) {
                names.add(identifiers.group());
            }
        }
        return names;
    }

    /** The process variables the Java side names: the lifecycle's and the protocol review's. */
    private static Set<String> variablesReadByTheJavaSide() {
        Set<String> names = new HashSet<>(constants(CaseLifecycle.Vars.class));
        names.addAll(constants(ProtocolVerification.Vars.class));
        return names;
    }

    private boolean isVariable(String name) {
        return variablesReadByTheJavaSide().contains(name) || name.equals("execution") || name.equals("task");
    }

    private static Collection<String> constants(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
