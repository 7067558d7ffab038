package org.hotline.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hotline.audit.AuditLog;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.TransactionMemo;
import org.hotline.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;

/** The case file's public service: other features open, read and annotate cases through it. */
@Service
@Transactional
public class CaseFileService {

    private final HotlineCaseRepository cases;
    private final CaseContactRepository contacts;
    private final TimelineEventRepository timeline;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;

    CaseFileService(HotlineCaseRepository cases, CaseContactRepository contacts, TimelineEventRepository timeline,
                    JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.cases = cases;
        this.contacts = contacts;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Opens a case with the next number of the year, {@code HT-2026-000123}, and its first contact. */
    public HotlineCase open(NewCase intake, NewContact firstContact) {
        Instant now = clock.instant();
        long next = jdbc.queryForObject("select nextval('case_number_seq')", Long.class);
        String caseNumber = "HT-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), next);
        String user = CurrentUser.id();
        HotlineCase hotlineCase = cases.saveAndFlush(new HotlineCase(caseNumber, intake, now, user));
        contacts.save(new CaseContact(hotlineCase.getId(), firstContact, now, user));
        record(hotlineCase.getId(), "CASE_OPENED",
                "Contact by " + firstContact.channel() + " from a " + firstContact.callerType() + " caller, language "
                        + firstContact.language() + ", jurisdiction " + intake.province());
        participate(hotlineCase.getId(), user);
        return hotlineCase;
    }

    public void attachProcess(Long caseId, String processInstanceId) {
        require(caseId).attachProcess(processInstanceId);
    }

    public void addContact(Long caseId, NewContact contact, Set<String> indicators, Set<String> needs) {
        String user = CurrentUser.id();
        contacts.save(new CaseContact(caseId, contact, clock.instant(), user));
        record(caseId, "CONTACT_RECEIVED", "New contact by " + contact.channel() + " from a " + contact.callerType() + " caller");
        HotlineCase hotlineCase = require(caseId);
        Set<String> newIndicators = hotlineCase.addIndicators(indicators);
        Set<String> newNeeds = hotlineCase.addNeeds(needs);
        if (!newIndicators.isEmpty() || !newNeeds.isEmpty()) {
            record(caseId, "CASE_UPDATED", "New contact adds" + (newIndicators.isEmpty() ? "" : " indicators " + newIndicators)
                    + (newNeeds.isEmpty() ? "" : " needs " + newNeeds));
        }
        // Taking a contact is not working the case: whoever reviews the contact, or works a task, becomes a participant.
    }

    @Transactional(readOnly = true)
    public Optional<HotlineCase> find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber);
    }

    @Transactional(readOnly = true)
    public HotlineCase get(String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> ApiProblem.notFound("No case " + caseNumber));
    }

    @Transactional(readOnly = true)
    public HotlineCase require(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No case with id " + caseId));
    }

    @Transactional(readOnly = true)
    public Page<HotlineCase> search(CaseStatus status, String riskLevel, Province province, String participant,
                                    int page, int size) {
        return cases.search(status, riskLevel, province, participant, PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public List<ContactView> contacts(Long caseId) {
        return contacts.findByCaseIdOrderByReceivedAtAscIdAsc(caseId).stream()
                .map(c -> new ContactView(c.getId(), c.getChannel(), c.getCallerType(), c.getLanguage(), c.getSummary(),
                        c.getCallerName(), c.getCallbackNumber(), c.getReceivedAt(), c.getReceivedBy()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TimelineView> timeline(Long caseId) {
        return timeline.findByCase(caseId).stream()
                .map(t -> new TimelineView(t.getOccurredAt(), t.getType(), t.getActor(), t.getDetail(), t.getNote()))
                .toList();
    }

    /** Appends to the timeline. {@code detail} names codes and things, never what the caller said. */
    public void record(Long caseId, String type, String detail) {
        note(caseId, type, detail, null);
    }

    /** Appends to the timeline with an advocate's free-text note (personal data, kept in the case file only). */
    public void note(Long caseId, String type, String detail, String note) {
        timeline.save(new TimelineEvent(caseId, clock.instant(), type, CurrentUser.id(), truncate(detail), note));
        // Every change to a case reaches its timeline: the audit log records it, without the note.
        audit.changed(type, caseNumber(caseId), truncate(detail));
    }

    /**
     * The case's number for the audit log: its one column, read once per transaction. Loading the case for it would
     * read its person too and decrypt their personal data, in every claim and completion, for a number that never
     * changes. (The case's row is there from its intake's first statement: its id comes from the insert.)
     */
    private String caseNumber(Long caseId) {
        return ThisTransaction.get().caseNumbers.computeIfAbsent(caseId, id -> jdbc.queryForList(
                        "select case_number from hotline_case where id = ?", String.class, id).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No case with id " + id)));
    }

    /** Remembers that the current user worked on the case: advocates list the cases they worked on. */
    public void participate(Long caseId, String user) {
        if (CurrentUser.SYSTEM.equals(user) || !ThisTransaction.get().participants.add(caseId + "/" + user)) {
            return;
        }
        jdbc.update("insert into case_participant (case_id, user_id, first_at) values (?, ?, ?) on conflict do nothing",
                caseId, user, java.sql.Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean hasParticipant(Long caseId, String user) {
        if (ThisTransaction.get().participants.contains(caseId + "/" + user)) {
            return true;
        }
        Integer count = jdbc.queryForObject("select count(*) from case_participant where case_id = ? and user_id = ?",
                Integer.class, caseId, user);
        boolean participant = count != null && count > 0;
        if (participant) {
            ThisTransaction.get().participants.add(caseId + "/" + user);
        }
        return participant;
    }

    /**
     * What the current transaction already knows: the case and user pairs it recorded or found on record (a step
     * that touches a case several times, such as consent to services and to report then the task's completion,
     * writes the row once), and the numbers of the cases it recorded changes to. Kept as one of the transaction's
     * synchronizations, so that a transaction started inside it (REQUIRES_NEW) keeps its own, and it ends with its
     * transaction.
     */
    private static final class ThisTransaction implements TransactionSynchronization {
        final Set<String> participants = new HashSet<>();
        final Map<Long, String> caseNumbers = new HashMap<>();

        /** This transaction's; outside a transaction with synchronization, an empty one that remembers nothing. */
        static ThisTransaction get() {
            return TransactionMemo.of(ThisTransaction.class, ThisTransaction::new).orElseGet(ThisTransaction::new);
        }
    }

    public void recordMinorStatus(Long caseId, String minorStatus) {
        require(caseId).recordMinorStatus(minorStatus);
    }

    public void recordRiskLevel(Long caseId, String riskLevel) {
        require(caseId).recordRiskLevel(riskLevel);
    }

    public void recordReportingAction(Long caseId, String reportingAction) {
        require(caseId).recordReportingAction(reportingAction);
    }

    public void recordProtocol(Long caseId, UUID protocolId, int version, String level) {
        require(caseId).recordProtocol(protocolId, version, level);
    }

    public void close(Long caseId, String reason) {
        HotlineCase hotlineCase = require(caseId);
        hotlineCase.close(reason, clock.instant());
        record(caseId, "CASE_CLOSED", "Closed: " + reason);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
    }

    public record ContactView(Long id, Channel channel, CallerType callerType, String language, String summary,
                              String callerName, String callbackNumber, Instant receivedAt, String receivedBy) {
    }

    public record TimelineView(Instant at, String type, String actor, String detail, String note) {
    }
}
