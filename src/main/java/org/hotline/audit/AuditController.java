package org.hotline.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, for supervisors and administrators; its check, for administrators. */
@RestController
@Tag(name = "Audit")
class AuditController {

    private final JdbcTemplate jdbc;

    AuditController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Who read or changed a case, and when: newest first (supervisors, admins)")
    List<AuditLog.Entry> list(@RequestParam(required = false) String caseNumber,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (!CurrentUser.hasRole(Roles.SUPERVISOR) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw ApiProblem.forbidden("The audit log is for supervisors and administrators");
        }
        if (caseNumber != null && !caseNumber.matches("HT-\\d{4}-\\d{6}")) {
            throw ApiProblem.invalid("caseNumber", "must look like HT-2026-000123");
        }
        if (page < 0 || size < 1 || size > 500) {
            throw ApiProblem.invalid(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be from 1 to 500");
        }
        return jdbc.query("""
                select * from audit_event where (cast(? as varchar) is null or case_number = ?)
                order by id desc limit ? offset ?
                """, (row, i) -> entry(row), caseNumber, caseNumber, size, (long) page * size);
    }

    @GetMapping("/api/audit/verify")
    @Operation(summary = "Recompute the hash chain of the whole audit log: is any row changed or missing? (admins)")
    Map<String, Object> verify() {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw ApiProblem.forbidden("Administrators only");
        }
        long[] checked = {0};
        Long[] broken = {null};
        String[] previous = {null};
        jdbc.query("select * from audit_event order by id", row -> {
            AuditLog.Entry entry = entry(row);
            String expected = AuditLog.hash(previous[0], entry);
            if (broken[0] == null && (!expected.equals(row.getString("hash"))
                    || !java.util.Objects.equals(previous[0], row.getString("previous_hash")))) {
                broken[0] = entry.id();
            }
            previous[0] = row.getString("hash");
            checked[0]++;
        });
        return broken[0] == null ? Map.of("rows", checked[0], "intact", true)
                : Map.of("rows", checked[0], "intact", false, "firstBrokenId", broken[0]);
    }

    private static AuditLog.Entry entry(java.sql.ResultSet row) throws java.sql.SQLException {
        return new AuditLog.Entry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                row.getString("action"), row.getString("case_number"), row.getString("view_name"), row.getString("detail"));
    }
}
