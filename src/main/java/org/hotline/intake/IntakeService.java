package org.hotline.intake;

import static org.hotline.lifecycle.CaseLifecycle.Vars.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.hotline.casefile.CaseAccess;
import org.hotline.casefile.CaseFileReader;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.CaseFileView;
import org.hotline.casefile.CaseProcessOwnership;
import org.hotline.casefile.CaseStatus;
import org.hotline.casefile.HotlineCase;
import org.hotline.casefile.NewCase;
import org.hotline.casefile.NewContact;
import org.hotline.casefile.SafeContactService;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.ApiProblem.FieldError;
import org.hotline.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a contact: opens a case and starts its lifecycle in one transaction, or adds the contact to an open case.
 * An {@code Idempotency-Key} makes a retried request return the case it opened, never a second one.
 */
@Service
public class IntakeService {

    /** Reviews a contact on a case its taker may read: the advocates' team, as for the rest of the case's work. */
    public static final String TEAM_REVIEW = "advocates";
    /**
     * Reviews a contact on a case its taker may not read: a supervisor, so that adding a contact never opens a case
     * file to someone who had no part in it.
     */
    public static final String SUPERVISOR_REVIEW = "supervisors";

    private final CaseFileService cases;
    private final CaseFileReader reader;
    private final CaseAccess access;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final SafeContactService safeContact;

    IntakeService(CaseFileService cases, CaseFileReader reader, CaseAccess access, RuntimeService runtime,
                  JdbcTemplate jdbc, ObjectMapper json, Clock clock, SafeContactService safeContact) {
        this.cases = cases;
        this.safeContact = safeContact;
        this.reader = reader;
        this.access = access;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What the taker of a contact gets back: the case file when they may read it, otherwise only the case number and
     * the group that reviews the contact ({@code caseFile} is then null).
     */
    public record Outcome(String caseNumber, CaseFileView caseFile, boolean created, String reviewedBy) {

        public boolean readable() {
            return caseFile != null;
        }
    }

    @Transactional
    public Outcome take(IntakeRequest request, String idempotencyKey) {
        if (request.safeContact() != null) {
            SafeContactService.check(request.safeContact());
        }
        String user = CurrentUser.id();
        String hash = hash(request);
        if (idempotencyKey != null) {
            int inserted = jdbc.update("""
                    insert into idempotency_key (idempotency_key, user_id, request_hash, created_at)
                    values (?, ?, ?, ?) on conflict do nothing
                    """, idempotencyKey, user, hash, Timestamp.from(clock.instant()));
            if (inserted == 0) {
                // Another request with this key committed first (the insert waited for it): answer as it did.
                var previous = jdbc.queryForMap("select request_hash, case_number from idempotency_key "
                        + "where idempotency_key = ? and user_id = ?", idempotencyKey, user);
                if (!hash.equals(previous.get("request_hash"))) {
                    throw ApiProblem.unprocessable("Idempotency-Key " + idempotencyKey
                            + " was already used with a different request");
                }
                return answer((String) previous.get("case_number"));
            }
        }
        Outcome outcome = request.existingCaseNumber() != null ? addContact(request) : open(request);
        if (idempotencyKey != null) {
            jdbc.update("update idempotency_key set case_number = ? where idempotency_key = ? and user_id = ?",
                    outcome.caseNumber(), idempotencyKey, user);
        }
        return outcome;
    }

    private Outcome open(IntakeRequest request) {
        requireForNewCase(request);
        Set<String> indicators = codes(request.indicators(), "indicators");
        IntakeRequest.PersonInput person = request.person() == null
                ? new IntakeRequest.PersonInput(null, null, null) : request.person();
        HotlineCase hotlineCase = cases.open(new NewCase(request.channel(), request.callerType(), request.language(),
                        request.jurisdiction().province(), country(request.jurisdiction()),
                        blankToNull(request.jurisdiction().municipality()),
                        request.imminentDanger(), person.ageYears(), person.appearsMinor(), person.stillInSituation(),
                        request.traffickingType(), indicators, request.detailSufficient(), codes(request.needs(), "needs")),
                contact(request));
        ProcessInstance instance = CaseProcessOwnership.starting(hotlineCase.getId(), () ->
                runtime.createProcessInstanceByKey(CaseLifecycle.PROCESS_KEY)
                        .businessKey(hotlineCase.getCaseNumber())
                        .setVariables(Variables.createVariables()
                                .putValue(CASE_ID, hotlineCase.getId())
                                .putValue(CASE_NUMBER, hotlineCase.getCaseNumber())
                                .putValue(JURISDICTION, hotlineCase.isAbroad() ? "ABROAD" : hotlineCase.getProvince().name())
                                .putValue(CALLER_TYPE, hotlineCase.getCallerType().name())
                                .putValue(IMMINENT_DANGER, hotlineCase.isImminentDanger())
                                .putValue(DETAIL_SUFFICIENT, hotlineCase.isDetailSufficient())
                                .putValue(INDICATOR_COUNT, indicators.size()))
                        .execute());
        cases.attachProcess(hotlineCase.getId(), instance.getId());
        if (request.safeContact() != null) {
            safeContact.record(hotlineCase, request.safeContact());
        }
        return new Outcome(hotlineCase.getCaseNumber(), reader.read(hotlineCase.getCaseNumber()), true, null);
    }

    private Outcome addContact(IntakeRequest request) {
        List<FieldError> missing = missingContactFields(request);
        if (!missing.isEmpty()) {
            throw ApiProblem.invalid(missing);
        }
        HotlineCase hotlineCase = cases.find(request.existingCaseNumber())
                .orElseThrow(() -> ApiProblem.notFound("No case " + request.existingCaseNumber()
                        + "; leave existingCaseNumber out to open a new case"));
        if (hotlineCase.getStatus() != CaseStatus.OPEN) {
            throw ApiProblem.conflict("Case " + hotlineCase.getCaseNumber()
                    + " is closed; leave existingCaseNumber out to open a new case");
        }
        // Asked before anything is written: the answer and who reviews the contact depend on it.
        boolean readable = access.mayRead(hotlineCase);
        String reviewedBy = readable ? TEAM_REVIEW : SUPERVISOR_REVIEW;
        if (request.safeContact() != null && !access.mayReachCaller(hotlineCase)) {
            // A plan from someone who may not read the case would replace one they have never seen.
            throw ApiProblem.forbidden("Only those who may read case " + hotlineCase.getCaseNumber()
                    + " may give its safe-contact plan; send the contact without it");
        }
        cases.addContact(hotlineCase.getId(), contact(request), codes(request.indicators(), "indicators"),
                codes(request.needs(), "needs"));
        if (request.safeContact() != null) {
            safeContact.record(hotlineCase, request.safeContact());
        }
        runtime.createMessageCorrelation(CaseLifecycle.MESSAGE_NEW_CONTACT_RECEIVED)
                .processInstanceId(hotlineCase.getProcessInstanceId())
                .setVariableLocal(NEW_CONTACT_REVIEW_GROUP, reviewedBy)
                .correlate();
        if (Boolean.TRUE.equals(request.imminentDanger())) {
            // Danger now, whatever the case's risk was: a supervisor hears of it at once.
            cases.record(hotlineCase.getId(), "ESCALATION_REQUESTED", "New contact reports imminent danger");
            runtime.createMessageCorrelation(CaseLifecycle.MESSAGE_CASE_ESCALATED)
                    .processInstanceId(hotlineCase.getProcessInstanceId())
                    .correlate();
        }
        // Adding the contact changes nothing of who may read the case: the answer follows the check made before it.
        return new Outcome(hotlineCase.getCaseNumber(), readable ? reader.read(hotlineCase.getCaseNumber()) : null, false,
                reviewedBy);
    }

    /** A retried request: the case file if the taker may read the case now, else the case number only. */
    private Outcome answer(String caseNumber) {
        if (access.mayRead(cases.get(caseNumber))) {
            return new Outcome(caseNumber, reader.read(caseNumber), false, null);
        }
        return new Outcome(caseNumber, null, false, SUPERVISOR_REVIEW);
    }

    /** What every contact needs, on a new case or an open one. */
    private static List<FieldError> missingContactFields(IntakeRequest request) {
        List<FieldError> missing = new ArrayList<>();
        if (request.channel() == null) {
            missing.add(new FieldError("channel", "is required"));
        }
        if (request.callerType() == null) {
            missing.add(new FieldError("callerType", "is required"));
        }
        if (request.language() == null) {
            missing.add(new FieldError("language", "is required"));
        }
        return missing;
    }

    private static void requireForNewCase(IntakeRequest request) {
        List<FieldError> missing = missingContactFields(request);
        if (request.jurisdiction() == null) {
            missing.add(new FieldError("jurisdiction", "is required"));
        } else if (request.jurisdiction().province() == null && blankToNull(request.jurisdiction().country()) == null) {
            missing.add(new FieldError("jurisdiction.province", "is required: the province or territory, or outside Canada"
                    + " jurisdiction.country"));
        } else if (request.jurisdiction().province() != null && blankToNull(request.jurisdiction().country()) != null) {
            missing.add(new FieldError("jurisdiction.country", "must be left out when a province is given: give the"
                    + " province in Canada, the country only outside Canada"));
        } else if (request.jurisdiction().province() == null) {
            String country = country(request.jurisdiction());
            if ("CA".equals(country)) {
                missing.add(new FieldError("jurisdiction.country", "is Canada: give jurisdiction.province instead"));
            } else if (!COUNTRIES.contains(country)) {
                missing.add(new FieldError("jurisdiction.country", "is not an ISO 3166-1 alpha-2 country code"));
            }
        }
        if (request.imminentDanger() == null) {
            missing.add(new FieldError("imminentDanger", "is required: true or false"));
        }
        if (request.traffickingType() == null) {
            missing.add(new FieldError("traffickingType", "is required"));
        }
        if (request.detailSufficient() == null) {
            missing.add(new FieldError("detailSufficient", "is required: true or false"));
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalid(missing);
        }
    }

    /** The country outside Canada, as an upper-case ISO 3166-1 alpha-2 code (checked by the request), or null. */
    private static String country(IntakeRequest.JurisdictionInput jurisdiction) {
        String country = blankToNull(jurisdiction.country());
        return country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private static NewContact contact(IntakeRequest request) {
        return new NewContact(request.channel(), request.callerType(), request.language(), blankToNull(request.summary()),
                blankToNull(request.callerName()), blankToNull(request.callbackNumber()));
    }

    private static Set<String> codes(List<? extends Enum<?>> values, String field) {
        if (values == null) {
            return Set.of();
        }
        if (values.contains(null)) {
            throw ApiProblem.invalid(field, "must not contain null");
        }
        return values.stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String hash(IntakeRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }
}
