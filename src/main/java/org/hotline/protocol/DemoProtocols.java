package org.hotline.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/** The demo profile's fictional protocols, each created at version 1 if missing. */
@Component
@Profile("demo")
class DemoProtocols {

    private static final Logger log = LoggerFactory.getLogger(DemoProtocols.class);

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
        try (InputStream in = new ClassPathResource("demo/protocols.json").getInputStream()) {
            for (JsonNode node : json.readTree(in)) {
                UUID id = UUID.fromString(node.get("id").asText());
                ProtocolDocument document = json.treeToValue(((com.fasterxml.jackson.databind.node.ObjectNode) node.deepCopy())
                        .without("id"), ProtocolDocument.class);
                try {
                    created += protocols.createIfMissing(id, document, "Sample protocol") ? 1 : 0;
                } catch (ApiProblem raceWithAnotherNode) {
                    log.debug("Protocol {} was created by another node", id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The demo protocols cannot be read", e);
        }
        log.info("Demo protocols: {} created", created);
    }
}
