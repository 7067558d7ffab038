package org.hotline.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;
import org.hotline.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo profile's fictional protocols, each created at version 1 if missing. A demo database made by an earlier
 * version gets the shipped document as a new version, unless someone has changed or confirmed the protocol since.
 */
@Component
@Profile("demo")
class DemoProtocols {

    private static final Logger log = LoggerFactory.getLogger(DemoProtocols.class);
    static final String CREATED = "Sample protocol";
    static final String REFRESHED = "Sample protocol updated to the version shipped with the application";

    private final ProtocolService protocols;
    private final ObjectMapper json;

    DemoProtocols(ProtocolService protocols, ObjectMapper json) {
        this.protocols = protocols;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void load() {
        int created = 0;
        int refreshed = 0;
        try (InputStream in = new ClassPathResource("demo/protocols.json").getInputStream()) {
            for (JsonNode node : json.readTree(in)) {
                UUID id = UUID.fromString(node.get("id").asText());
                ProtocolDocument document = json.treeToValue(((com.fasterxml.jackson.databind.node.ObjectNode) node.deepCopy())
                        .without("id"), ProtocolDocument.class);
                try {
                    if (protocols.createIfMissing(id, document, CREATED)) {
                        created++;
                    } else if (protocols.refreshSample(id, document, Set.of(CREATED, REFRESHED), REFRESHED)) {
                        refreshed++;
                    }
                } catch (ApiProblem raceWithAnotherNode) {
                    log.debug("Protocol {} was created by another node", id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The demo protocols cannot be read", e);
        }
        log.info("Demo protocols: {} created, {} updated to the shipped version", created, refreshed);
    }
}
