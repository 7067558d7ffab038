package org.hotline.platform;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine reads every timer's ISO 8601 duration (each task's SLA timer, the follow-up wait) through
 * {@code DatatypeFactory.newInstance()}, which looks for an implementation on the whole class path each time it is
 * called unless the {@value #PROPERTY} system property names one: about 2% of a case's CPU time. Before the engine
 * starts, the property is set to the implementation that lookup finds, so that every later call takes the same one
 * without searching. A property already set (an operator's choice) is kept.
 */
@Component
class XmlDatatypeLookup extends AbstractProcessEnginePlugin {

    static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;
    private static final Logger log = LoggerFactory.getLogger(XmlDatatypeLookup.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            System.setProperty(PROPERTY, DatatypeFactory.newInstance().getClass().getName());
        } catch (DatatypeConfigurationException | RuntimeException e) {
            log.warn("No XML datatype factory found before the engine started; timers will look for one each time: {}",
                    e.toString());
        }
    }
}
