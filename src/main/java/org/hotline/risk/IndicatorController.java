package org.hotline.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Codes")
class IndicatorController {

    @GetMapping("/api/indicators")
    @Operation(summary = "Trafficking indicator codes with English and French labels")
    List<Label> indicators() {
        return RiskService.catalogue().stream().map(i -> new Label(i.name(), i.english(), i.french())).toList();
    }

    record Label(String code, String en, String fr) {
    }
}
