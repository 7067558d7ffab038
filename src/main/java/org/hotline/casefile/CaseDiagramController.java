package org.hotline.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@Tag(name = "Cases")
class CaseDiagramController {

    private final CaseDiagramService diagrams;
    private final ObjectMapper json;

    CaseDiagramController(CaseDiagramService diagrams, ObjectMapper json) {
        this.diagrams = diagrams;
        this.json = json;
    }

    @GetMapping("/api/cases/{caseNumber}/diagram")
    @ResponseBody
    @Operation(summary = "The case's process diagram (BPMN XML of its version), the steps active now and the steps done")
    CaseDiagramService.CaseDiagram diagram(@PathVariable String caseNumber) {
        return diagrams.diagram(caseNumber);
    }

    /** The same, drawn: the diagram with the current steps highlighted and the path taken so far. */
    @GetMapping("/cases/{caseNumber}/diagram")
    String page(@PathVariable String caseNumber, Model model) throws JsonProcessingException {
        CaseDiagramService.CaseDiagram diagram = diagrams.diagram(caseNumber);
        model.addAttribute("diagram", diagram);
        // Handed to the page's script as an attribute: the pages' Content-Security-Policy forbids inline scripts.
        model.addAttribute("diagramJson", json.writeValueAsString(diagram));
        return "case-diagram";
    }
}
