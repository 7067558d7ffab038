package org.hotline.directory;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * The demo profile's fictional directory and protocols. Every insert skips rows that exist, so a restart or two
 * nodes starting together change nothing.
 */
@Component
@Profile("demo")
class DemoDirectory {

    private final DataSource dataSource;

    DemoDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void seed() {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource("demo/demo-directory.sql"));
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(dataSource);
    }
}
