package org.hotline.tasks;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TaskBeans {

    @Bean
    ExecutionListener recordSlaBreach(EscalationService escalations) {
        return escalations.slaBreachRecorder();
    }
}
