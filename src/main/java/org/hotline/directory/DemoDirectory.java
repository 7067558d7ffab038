package org.hotline.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo profile's fictional directory, an HSDS 3.0 document loaded through the same import as
 * {@code POST /api/directory/import}: a restart, or two nodes starting together, change nothing.
 */
@Component
@Profile("demo")
class DemoDirectory {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final HsdsImporter importer;
    private final ObjectMapper json;

    DemoDirectory(HsdsImporter importer, ObjectMapper json) {
        this.importer = importer;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void load() {
        try (InputStream in = new ClassPathResource("demo/directory.json").getInputStream()) {
            JsonNode document = json.readTree(in);
            ImportResult result = importer.importDocument(document);
            log.info("Demo directory: {} services ({} created)", result.tables().get("service").created
                    + result.tables().get("service").updated + result.tables().get("service").unchanged,
                    result.tables().get("service").created);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo directory cannot be read", e);
        }
    }
}
