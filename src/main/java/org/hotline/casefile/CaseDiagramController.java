package org.hotline.casefile;

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

    CaseDiagramController(CaseDiagramService diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping("/api/cases/{caseNumber}/diagram")
    @ResponseBody
    @Operation(summary = "The case's process diagram (BPMN XML of its version), the steps active now and the steps done")
    CaseDiagramService.CaseDiagram diagram(@PathVariable String caseNumber) {
        return diagrams.diagram(caseNumber);
    }

    /** The same, drawn: the diagram with the current steps highlighted and the path taken so far. */
    @GetMapping("/cases/{caseNumber}/diagram")
    String page(@PathVariable String caseNumber, Model model) {
        model.addAttribute("diagram", diagrams.diagram(caseNumber));
        return "case-diagram";
    }

    /** What the page draws, fetched by its script (no inline script: the pages' Content-Security-Policy forbids it). */
    @GetMapping(path = "/cases/{caseNumber}/diagram.json", produces = "application/json")
    @ResponseBody
    CaseDiagramService.CaseDiagram pageData(@PathVariable String caseNumber) {
        return diagrams.diagram(caseNumber);
    }
}
