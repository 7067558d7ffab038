package org.hotline.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.ApiProblem.FieldError;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refuses, before anything is stored and before the engine parses it, a deployment that could fail a case at run
 * time or run code the hotline did not review: XML outside the allowed namespaces (the engine still reads
 * {@code activiti:}), expressions outside the allow-list ({@link ModelText}), models the Modeler could not open,
 * script tasks and script listeners, {@code camunda:class} outside {@code org.hotline}, delegate beans that do not
 * exist, forms that are neither deployed nor part of the deployment, processes and decisions without
 * {@code historyTimeToLive}. The refusal lists every problem, each under its file; Camunda Modeler and the REST API
 * show it as a 400.
 */
class DeploymentGuard implements Deployer {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> EXPRESSION_LANGUAGES = Set.of("juel", "feel",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/dmn/20191111/feel/");
    private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    DeploymentGuard(ApplicationContext context, JdbcTemplate jdbc) {
        this.context = context;
        this.jdbc = jdbc;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // a stored deployment loaded back into the cache was checked when it was made
        }
        List<FieldError> refused = new ArrayList<>();
        // The engine's columns hold 255 characters; tenants are not used here.
        if (deployment.getName() != null && deployment.getName().length() > 255) {
            refused.add(new FieldError("deployment-name", "is longer than 255 characters"));
        }
        if (deployment.getSource() != null && deployment.getSource().length() > 255) {
            refused.add(new FieldError("deployment-source", "is longer than 255 characters"));
        }
        if (deployment.getTenantId() != null) {
            refused.add(new FieldError("tenant-id", "tenants are not used here; leave it out"));
        }
        if (!refused.isEmpty()) {
            throw ApiProblem.invalid(refused);
        }
        Map<String, ResourceEntity> resources = deployment.getResources();
        if (resources == null || resources.isEmpty()) {
            return;
        }
        Set<String> formsInDeployment = new HashSet<>();
        resources.values().stream().filter(r -> r.getName().endsWith(".form"))
                .forEach(r -> formsInDeployment.add(formId(r)));
        List<FieldError> problems = new ArrayList<>();
        for (ResourceEntity resource : resources.values()) {
            String name = resource.getName();
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                if (ModelText.check(name, resource.getBytes(), ModelText.BPMN_NAMESPACES, problems)) {
                    check(resource, formsInDeployment, problems);
                }
            } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                if (ModelText.check(name, resource.getBytes(), ModelText.DMN_NAMESPACES, problems)) {
                    checkDecision(resource, problems);
                }
            } else if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
                problems.add(new FieldError(name, "case models (CMMN) are not used here"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "The deployment was refused: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ": "
                            + String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()),
                    problems);
        }
    }

    private void check(ResourceEntity resource, Set<String> formsInDeployment, List<FieldError> problems) {
        String name = resource.getName();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        } catch (RuntimeException unreadable) {
            // Never left to the engine's more lenient parser: it evaluates some expressions while it parses.
            problems.add(new FieldError(name, "is not a BPMN 2.0 model Camunda Modeler can open"));
            return;
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(new FieldError(name, "process " + process.getId() + " has no historyTimeToLive"));
            }
        }
        for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(new FieldError(name, "script task " + task.getId() + " is not allowed; use a service task with a delegate"));
        }
        walk(model.getDocument().getRootElement(), name, problems);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getAttributeValueNs(CAMUNDA, "formRef");
            String binding = task.getAttributeValueNs(CAMUNDA, "formRefBinding");
            if (formRef == null || formsInDeployment.contains(formRef)) {
                continue;
            }
            if ("deployment".equals(binding)) {
                problems.add(new FieldError(name, "user task " + task.getId() + " binds form " + formRef
                        + " to its deployment, but the form is not part of this deployment; deploy them together"));
            } else if (!formDeployed(formRef)) {
                problems.add(new FieldError(name, "user task " + task.getId() + " refers to form " + formRef
                        + ", which is neither deployed nor in this deployment"));
            }
        }
    }

    /**
     * Decisions are written in FEEL (or JUEL): any script language in a table would run code on the server. Each
     * decision needs a history time to live, as each process does (the engine refuses it otherwise, less clearly).
     */
    private void checkDecision(ResourceEntity resource, List<FieldError> problems) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        } catch (RuntimeException unreadable) {
            // Never left to the engine's more lenient parser.
            problems.add(new FieldError(resource.getName(), "is not a DMN model Camunda Modeler can open"));
            return;
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(new FieldError(resource.getName(), "decision " + decision.getId() + " has no historyTimeToLive"));
            }
        }
        languages(model.getDocument().getRootElement(), resource.getName(), problems);
    }

    private void languages(DomElement element, String name, List<FieldError> problems) {
        for (String attribute : List.of("expressionLanguage", "language", "scriptFormat")) {
            String language = element.getAttribute(attribute);
            if (language != null && !EXPRESSION_LANGUAGES.contains(language.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldError(name, owner(element) + " uses " + attribute + " " + language
                        + "; only FEEL and JUEL expressions are allowed"));
            }
        }
        for (DomElement child : element.getChildElements()) {
            languages(child, name, problems);
        }
    }

    /** Script listeners, classes outside org.hotline and unknown delegate beans, wherever they sit. */
    private void walk(DomElement element, String name, List<FieldError> problems) {
        String localName = element.getLocalName();
        if ("conditionExpression".equals(localName) || "script".equals(localName)) {
            String language = element.getAttribute("language");
            if (language != null && !EXPRESSION_LANGUAGES.contains(language.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldError(name, owner(element) + " uses the language " + language + "; only JUEL expressions are allowed"));
            }
        }
        if ("script".equals(localName) && CAMUNDA.equals(element.getNamespaceURI())) {
            problems.add(new FieldError(name, "a script in " + owner(element) + " is not allowed; use a delegate bean"));
        }
        String className = element.getAttribute(CAMUNDA, "class");
        if (className != null && !className.startsWith("org.hotline.")) {
            problems.add(new FieldError(name, owner(element) + " uses camunda:class " + className + ", outside org.hotline"));
        }
        String delegate = element.getAttribute(CAMUNDA, "delegateExpression");
        if (delegate != null) {
            Matcher bean = BEAN.matcher(delegate);
            if (bean.matches() && !context.containsBean(bean.group(1))) {
                problems.add(new FieldError(name, owner(element) + " names the delegate bean " + bean.group(1) + ", which does not exist"));
            }
        }
        for (DomElement child : element.getChildElements()) {
            walk(child, name, problems);
        }
    }

    private static String owner(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttribute("id");
            if (id != null) {
                return e.getLocalName() + " " + id;
            }
        }
        return element.getLocalName();
    }

    private boolean formDeployed(String formKey) {
        Integer count = jdbc.queryForObject("select count(*) from act_re_camformdef where key_ = ?", Integer.class, formKey);
        return count != null && count > 0;
    }

    private String formId(ResourceEntity resource) {
        try {
            return json.readTree(resource.getBytes()).path("id").asText();
        } catch (IOException e) {
            return "";
        }
    }
}
