package org.hotline.casefile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The case file as the API shows it: the case, then each feature's section. */
@JsonPropertyOrder({"caseNumber", "status", "riskLevel", "reportingAction", "minorStatus", "jurisdiction", "channel",
        "callerType", "language", "traffickingType", "imminentDanger", "detailSufficient", "person", "indicators", "needs",
        "protocol", "openedAt", "openedBy", "closedAt", "closureReason", "safeContact", "contacts"})
public class CaseFileView {

    public final String caseNumber;
    public final CaseStatus status;
    public final String riskLevel;
    public final String reportingAction;
    public final String minorStatus;
    public final Jurisdiction jurisdiction;
    public final Channel channel;
    public final CallerType callerType;
    public final String language;
    public final TraffickingType traffickingType;
    public final boolean imminentDanger;
    public final boolean detailSufficient;
    public final Person person;
    public final Set<String> indicators;
    public final Set<String> needs;
    public final ProtocolUsed protocol;
    public final Instant openedAt;
    public final String openedBy;
    public final Instant closedAt;
    public final String closureReason;
    /** How the caller may be reached safely; null when no plan was recorded. */
    public final SafeContactView safeContact;
    public final List<CaseFileService.ContactView> contacts;
    private final Map<String, Object> sections = new LinkedHashMap<>();

    CaseFileView(HotlineCase c, SafeContactView safeContact, List<CaseFileService.ContactView> contacts) {
        this.caseNumber = c.getCaseNumber();
        this.status = c.getStatus();
        this.riskLevel = c.getRiskLevel();
        this.reportingAction = c.getReportingAction();
        this.minorStatus = c.getMinorStatus();
        this.jurisdiction = new Jurisdiction(c.getProvince(), c.getCountry(), c.getMunicipality());
        this.channel = c.getChannel();
        this.callerType = c.getCallerType();
        this.language = c.getLanguage();
        this.traffickingType = c.getTraffickingType();
        this.imminentDanger = c.isImminentDanger();
        this.detailSufficient = c.isDetailSufficient();
        CasePerson p = c.getPerson();
        this.person = p == null ? null : new Person(p.getAgeYears(), p.getAppearsMinor(), p.getStillInSituation());
        this.indicators = c.getIndicators();
        this.needs = c.getNeeds();
        this.protocol = c.getProtocolId() == null ? null
                : new ProtocolUsed(c.getProtocolId().toString(), c.getProtocolVersion(), c.getProtocolLevel());
        this.openedAt = c.getOpenedAt();
        this.openedBy = c.getOpenedBy();
        this.closedAt = c.getClosedAt();
        this.closureReason = c.getClosureReason();
        this.safeContact = safeContact;
        this.contacts = contacts;
    }

    void section(String name, Object value) {
        sections.put(name, value);
    }

    @JsonAnyGetter
    public Map<String, Object> sections() {
        return sections;
    }

    /** A province or territory, or outside Canada a country (ISO 3166-1 alpha-2); the other is null. */
    public record Jurisdiction(Province province, String country, String municipality) {
    }

    public record Person(Integer ageYears, Boolean appearsMinor, Boolean stillInSituation) {
    }

    public record ProtocolUsed(String protocolId, Integer version, String matchedLevel) {
    }
}
