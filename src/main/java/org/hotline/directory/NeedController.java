package org.hotline.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Codes")
class NeedController {

    @GetMapping("/api/needs")
    @Operation(summary = "Need codes with English and French labels")
    List<Label> needs() {
        return Arrays.stream(Need.values()).map(n -> new Label(n.name(), n.english(), n.french())).toList();
    }

    record Label(String code, String en, String fr) {
    }
}
