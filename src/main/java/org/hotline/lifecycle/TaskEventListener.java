package org.hotline.lifecycle;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener that {@link LifecycleEnginePlugin} adds to every user task of every deployed process, for the one task
 * event it names ({@link TaskListener#EVENTNAME_CREATE}, {@link TaskListener#EVENTNAME_ASSIGNMENT}, ...).
 */
public interface TaskEventListener extends TaskListener {

    String eventName();
}
