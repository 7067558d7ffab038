package org.hotline.tasks;

import java.util.List;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.HotlineCase;
import org.springframework.stereotype.Component;

/** The case file's "activeTasks": where the case is now and who holds it. */
@Component
class ActiveTasksSection implements CaseFileSection {

    private final HotlineTaskService tasks;

    ActiveTasksSection(HotlineTaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "activeTasks";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Object read(HotlineCase hotlineCase) {
        return hotlineCase.getProcessInstanceId() == null ? List.of()
                : tasks.forProcessInstance(hotlineCase.getProcessInstanceId());
    }
}
