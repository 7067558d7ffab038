package org.hotline.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds {@link TaskCompletionGuard} and {@link TaskCompletionRecorder} to every user task of every deployed process,
 * designers' new ones included, and the {@link TaskEventListener}s of the application for create, assignment and
 * the other task events.
 */
@Component
class LifecycleEnginePlugin extends AbstractProcessEnginePlugin {

    private final TaskListener guard;
    private final TaskListener recorder;
    private final ObjectProvider<TaskEventListener> listeners;

    LifecycleEnginePlugin(@Lazy TaskCompletionGuard guard, @Lazy TaskCompletionRecorder recorder,
                          ObjectProvider<TaskEventListener> listeners) {
        this.guard = guard;
        this.recorder = recorder;
        this.listeners = listeners;
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
                    for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT)) {
                        behavior.getTaskDefinition().addTaskListener(event, dispatcher(event));
                    }
                }
            }
        });
    }

    /** Looked up when the event happens: the listeners are beans that need the engine, which is not built yet here. */
    private TaskListener dispatcher(String event) {
        return task -> listeners.orderedStream()
                .filter(listener -> listener.eventName().equals(event))
                .forEach(listener -> listener.notify(task));
    }
}
