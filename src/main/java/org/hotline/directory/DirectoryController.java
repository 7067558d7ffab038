package org.hotline.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hotline.casefile.Province;
import org.hotline.platform.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Directory")
class DirectoryController {

    private final DirectoryService directory;
    private final HsdsImporter importer;
    private final HsdsExporter exporter;

    DirectoryController(DirectoryService directory, HsdsImporter importer, HsdsExporter exporter) {
        this.directory = directory;
        this.importer = importer;
        this.exporter = exporter;
    }

    @GetMapping("/services")
    @Operation(summary = "Services ranked for a caller, each with its score and why")
    List<DirectoryService.ServiceMatch> services(@RequestParam Province province,
                                                 @RequestParam(required = false) String municipality,
                                                 @RequestParam(required = false) List<String> need,
                                                 @RequestParam(required = false) String language,
                                                 @RequestParam(required = false) List<String> population,
                                                 @RequestParam(defaultValue = "false") boolean open247,
                                                 @RequestParam(defaultValue = "20") int limit) {
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw ApiProblem.invalid("language", "must be an ISO 639-1 or 639-3 code, e.g. fr");
        }
        if (limit < 1 || limit > 200) {
            throw ApiProblem.invalid("limit", "must be between 1 and 200");
        }
        if (municipality != null && municipality.length() > 120) {
            throw ApiProblem.invalid("municipality", "must be at most 120 characters");
        }
        return directory.match(new DirectoryService.MatchCriteria(province.name(), municipality,
                codes(need, Need.class, "need"), language, codes(population, Population.class, "population"), open247), limit);
    }

    @PostMapping("/import")
    @Operation(summary = "Import an HSDS 3.0 array of organizations with nested services (admins, designers)")
    ImportResult importDirectory(@RequestBody JsonNode document) {
        return importer.importDocument(document);
    }

    @GetMapping("/export")
    @Operation(summary = "The directory as the HSDS 3.0 document that import takes back")
    ArrayNode export() {
        return exporter.export();
    }

    private static <E extends Enum<E>> Set<E> codes(List<String> values, Class<E> type, String field) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            for (String code : value.split(",")) {
                if (code.isBlank()) {
                    continue;
                }
                try {
                    result.add(Enum.valueOf(type, code.strip()));
                } catch (IllegalArgumentException e) {
                    unknown.add(code.strip());
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid(field, "unknown code " + String.join(", ", unknown) + "; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
        return result;
    }
}
