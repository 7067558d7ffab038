package org.hotline.protocol;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.hotline.casefile.Province;
import org.hotline.platform.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/protocols")
@Tag(name = "Protocols")
class ProtocolController {

    private final ProtocolService protocols;

    ProtocolController(ProtocolService protocols) {
        this.protocols = protocols;
    }

    @GetMapping("/lookup")
    @Operation(summary = "The protocol for a jurisdiction: municipality, else province or territory, else national")
    ProtocolService.ProtocolMatch lookup(@RequestParam Province province, @RequestParam(required = false) String municipality) {
        return protocols.lookup(province.name(), municipality)
                .orElseThrow(() -> ApiProblem.notFound("No protocol for " + province + ", and no national fallback"));
    }

    @GetMapping
    @Operation(summary = "All protocols with their current version and whether they are past their review date")
    List<ProtocolService.ProtocolSummary> list() {
        return protocols.list();
    }

    @GetMapping("/{protocolId}/versions")
    @Operation(summary = "Every version of a protocol, newest first: who changed what and when")
    List<ProtocolService.ProtocolVersion> versions(@PathVariable UUID protocolId) {
        return protocols.versions(protocolId);
    }

    @PutMapping("/{protocolId}")
    @Operation(summary = "Save a new version of a protocol (supervisors, admins); the old one stays readable")
    ProtocolService.ProtocolVersion update(@PathVariable UUID protocolId, @Valid @RequestBody ProtocolDocument document) {
        return protocols.update(protocolId, document);
    }
}
