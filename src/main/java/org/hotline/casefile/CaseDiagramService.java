package org.hotline.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.hotline.platform.ApiProblem;
import org.hotline.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a case is in its process: the diagram of its version, the steps active now and the steps already done. */
@Service
@Transactional
public class CaseDiagramService {

    private final CaseFileService cases;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    private final CaseAccess access;
    private final AuditLog audit;

    CaseDiagramService(CaseFileService cases, CaseAccess access, RepositoryService repository, RuntimeService runtime,
                       HistoryService history, AuditLog audit) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    public CaseDiagram diagram(String caseNumber) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        audit.read(hotlineCase.getCaseNumber(), "diagram");
        if (hotlineCase.getProcessInstanceId() == null) {
            throw ApiProblem.notFound("Case " + caseNumber + " has no process");
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(hotlineCase.getProcessInstanceId()).singleResult();
        if (instance == null) {
            throw ApiProblem.notFound("The process of case " + caseNumber + " is no longer kept");
        }
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
        Set<String> active = instance.getEndTime() == null
                ? new LinkedHashSet<>(runtime.getActiveActivityIds(instance.getId())) : Set.of();
        Set<String> done = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : activities) {
            if (activity.getEndTime() != null && !active.contains(activity.getActivityId())) {
                done.add(activity.getActivityId());
            }
        }
        try (InputStream xml = repository.getProcessModel(definition.getId())) {
            return new CaseDiagram(caseNumber, definition.getKey(), definition.getVersion(),
                    new String(xml.readAllBytes(), StandardCharsets.UTF_8), List.copyOf(active), List.copyOf(done),
                    instance.getEndTime() != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record CaseDiagram(String caseNumber, String processKey, int version, String bpmnXml,
                              List<String> activeActivityIds, List<String> completedActivityIds, boolean ended) {
    }
}
