package org.hotline.lifecycle;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds {@link TaskCompletionGuard} and {@link TaskCompletionRecorder} to every user task of every deployed process,
 * designers' new ones included.
 */
@Component
class LifecycleEnginePlugin extends AbstractProcessEnginePlugin {

    private final TaskListener guard;
    private final TaskListener recorder;

    LifecycleEnginePlugin(@Lazy TaskCompletionGuard guard, @Lazy TaskCompletionRecorder recorder) {
        this.guard = guard;
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    // The guard first, before the task's own listeners; the recorder last.
                    behavior.getTaskDefinition().getTaskListeners()
                            .computeIfAbsent(TaskListener.EVENTNAME_COMPLETE, k -> new java.util.ArrayList<>())
                            .add(0, guard);
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, recorder);
                }
            }
        });
    }
}
