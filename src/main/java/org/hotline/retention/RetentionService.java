package org.hotline.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.CaseStatus;
import org.hotline.casefile.HotlineCase;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.security.PersonalDataColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges the personal data of cases closed longer ago than the retention period (default two years), unless they
 * are on legal hold: exactly the columns each feature names as personal data ({@link PersonalDataColumns}: what
 * callers said, names, callback numbers, advocates' notes, the municipality, consents' recipients and wording, report
 * contacts, references and notes), and the intake's idempotency key. The case itself stays with its province, codes,
 * dates and timeline, so that statistics survive. The engine keeps the history of the case's path for the same
 * period (its history time-to-live is set to it at start, and history cleanup runs nightly).
 */
@Service
public class RetentionService implements CaseFileSection {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final CaseFileService cases;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Period period;
    private final RepositoryService repository;
    /** One statement per table: its personal columns set to null in the rows of one case. */
    private final List<String> purgeStatements;

    RetentionService(JdbcTemplate jdbc, CaseFileService cases, TransactionTemplate transaction, Clock clock,
                     @Value("${hotline.retention.period:P2Y}") Period period, RepositoryService repository,
                     List<PersonalDataColumns> personalData) {
        this.repository = repository;
        this.purgeStatements = purgeStatements(personalData);
        this.jdbc = jdbc;
        this.cases = cases;
        this.transaction = transaction;
        this.clock = clock;
        this.period = period;
    }

    public Period period() {
        return period;
    }

    /** The retention period in days, as history time-to-live counts them: a year is 365 days, a month 30. */
    public int periodDays() {
        return period.getYears() * 365 + period.getMonths() * 30 + period.getDays();
    }

    /**
     * The engine keeps a case's history exactly as long as its personal data: every version of the case lifecycle
     * takes the configured retention period as its history time-to-live, whatever its model says.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void alignHistoryTimeToLive() {
        int days = periodDays();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
                .processDefinitionKey(CaseLifecycle.PROCESS_KEY).list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
    }

    /** Purges every case due; each case in its own transaction. Returns how many were purged. */
    @Scheduled(cron = "${hotline.retention.cycle:0 30 2 * * *}")
    public int purgeDue() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(period).toInstant();
        int purged = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (true) {
            List<Long> due = jdbc.queryForList("""
                    select id from hotline_case
                    where status = 'CLOSED' and purged_at is null and not legal_hold and closed_at < ?
                    order by closed_at limit ?
                    """, Long.class, Timestamp.from(cutoff), BATCH);
            due.removeIf(id -> !seen.add(id));
            if (due.isEmpty()) {
                break;
            }
            for (Long caseId : due) {
                Boolean done = transaction.execute(status -> purge(caseId, cutoff));
                purged += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        if (purged > 0) {
            log.info("Retention: personal data of {} closed cases purged (closed before {})", purged, cutoff);
        }
        return purged;
    }

    private boolean purge(Long caseId, Instant cutoff) {
        // Locked and asked again: a legal hold set since the list was made wins.
        List<Long> still = jdbc.queryForList("""
                select id from hotline_case where id = ? and status = 'CLOSED' and purged_at is null and not legal_hold
                  and closed_at < ? for update
                """, Long.class, caseId, Timestamp.from(cutoff));
        if (still.isEmpty()) {
            return false;
        }
        for (String statement : purgeStatements) {
            jdbc.update(statement, caseId);
        }
        jdbc.update("delete from idempotency_key where case_number = (select case_number from hotline_case where id = ?)",
                caseId);
        jdbc.update("update hotline_case set purged_at = ? where id = ?", Timestamp.from(clock.instant()), caseId);
        cases.record(caseId, "PERSONAL_DATA_PURGED", "Personal data purged after the retention period of " + period);
        return true;
    }

    private static List<String> purgeStatements(List<PersonalDataColumns> personalData) {
        Map<String, List<PersonalDataColumns.Column>> byTable = new TreeMap<>();
        personalData.forEach(feature -> feature.personalColumns()
                .forEach(column -> byTable.computeIfAbsent(column.table(), table -> new ArrayList<>()).add(column)));
        List<String> statements = new ArrayList<>();
        byTable.forEach((table, columns) -> {
            Set<String> caseKeys = columns.stream().map(PersonalDataColumns.Column::caseKey).collect(Collectors.toSet());
            if (caseKeys.size() != 1) {
                throw new IllegalStateException("The personal columns of " + table + " name the case by " + caseKeys);
            }
            statements.add("update %s set %s where %s = ? and (%s)".formatted(table,
                    columns.stream().map(c -> c.name() + " = null").collect(Collectors.joining(", ")),
                    caseKeys.iterator().next(),
                    columns.stream().map(c -> c.name() + " is not null").collect(Collectors.joining(" or "))));
        });
        return List.copyOf(statements);
    }

    /** Puts a case on legal hold, or lifts it: a held case is never purged. The reason stays in the case file. */
    public void legalHold(String caseNumber, boolean hold, String reason) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        transaction.executeWithoutResult(status -> {
            Integer purged = jdbc.queryForObject("select count(*) from hotline_case where id = ? and purged_at is not null",
                    Integer.class, hotlineCase.getId());
            if (hold && purged != null && purged > 0) {
                throw ApiProblem.conflict("Case " + caseNumber + " was already purged");
            }
            jdbc.update("update hotline_case set legal_hold = ? where id = ?", hold, hotlineCase.getId());
            cases.note(hotlineCase.getId(), hold ? "LEGAL_HOLD_SET" : "LEGAL_HOLD_LIFTED",
                    hold ? "Legal hold: personal data kept past the retention period" : "Legal hold lifted", reason);
        });
    }

    /** Whether a case is on hold and when it was purged, for the case file. */
    public record Standing(boolean legalHold, Instant purgedAt, Instant purgeDueAt) {
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Object read(HotlineCase hotlineCase) {
        return standing(hotlineCase);
    }

    public Standing standing(HotlineCase hotlineCase) {
        var row = jdbc.queryForMap("select legal_hold, purged_at from hotline_case where id = ?", hotlineCase.getId());
        Timestamp purged = (Timestamp) row.get("purged_at");
        Instant due = hotlineCase.getStatus() == CaseStatus.CLOSED && hotlineCase.getClosedAt() != null
                ? hotlineCase.getClosedAt().atOffset(ZoneOffset.UTC).plus(period).toInstant() : null;
        return new Standing((Boolean) row.get("legal_hold"), purged == null ? null : purged.toInstant(), due);
    }
}
