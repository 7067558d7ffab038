package org.hotline.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hotline.security.PersonalData;

/** The case aggregate: who, where, how urgent, what was decided. What the caller said lives in its contacts. */
@Entity
@Table(name = "hotline_case")
public class HotlineCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "caller_type")
    private CallerType callerType;

    private String language;

    /** The province or territory; null when the person is outside Canada. */
    @Enumerated(EnumType.STRING)
    private Province province;

    /** ISO 3166-1 alpha-2 code of the country when the person is outside Canada; null otherwise. */
    private String country;

    /** Personal data: with age and trafficking type it can point to one person in a small community. */
    @Convert(converter = PersonalData.class)
    private String municipality;

    @Column(name = "imminent_danger")
    private boolean imminentDanger;

    @Enumerated(EnumType.STRING)
    @Column(name = "trafficking_type")
    private TraffickingType traffickingType;

    @Column(name = "detail_sufficient")
    private boolean detailSufficient;

    @Column(name = "minor_status")
    private String minorStatus;

    @Column(name = "risk_level")
    private String riskLevel;

    @Column(name = "reporting_action")
    private String reportingAction;

    @Column(name = "protocol_id")
    private UUID protocolId;

    @Column(name = "protocol_version")
    private Integer protocolVersion;

    @Column(name = "protocol_level")
    private String protocolLevel;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closure_reason")
    private String closureReason;

    @Version
    private long version;

    @OneToOne(mappedBy = "hotlineCase", cascade = CascadeType.ALL, optional = false)
    @PrimaryKeyJoinColumn
    private CasePerson person;

    @ElementCollection
    @CollectionTable(name = "case_indicator", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "indicator_code")
    private Set<String> indicators = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "case_need", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "need_code")
    private Set<String> needs = new TreeSet<>();

    protected HotlineCase() {
    }

    HotlineCase(String caseNumber, NewCase intake, Instant now, String user) {
        this.caseNumber = caseNumber;
        this.status = CaseStatus.OPEN;
        this.channel = intake.channel();
        this.callerType = intake.callerType();
        this.language = intake.language();
        this.province = intake.province();
        this.country = intake.country();
        this.municipality = intake.municipality();
        this.imminentDanger = intake.imminentDanger();
        this.traffickingType = intake.traffickingType();
        this.detailSufficient = intake.detailSufficient();
        this.indicators.addAll(intake.indicators());
        this.needs.addAll(intake.needs());
        this.openedAt = now;
        this.openedBy = user;
        this.person = new CasePerson(this, intake.ageYears(), intake.appearsMinor(), intake.stillInSituation());
    }

    /** What a later contact adds: new indicators and needs join the case; nothing known is taken away. */
    Set<String> addIndicators(Set<String> more) {
        Set<String> added = new TreeSet<>(more);
        added.removeAll(indicators);
        indicators.addAll(added);
        return added;
    }

    Set<String> addNeeds(Set<String> more) {
        Set<String> added = new TreeSet<>(more);
        added.removeAll(needs);
        needs.addAll(added);
        return added;
    }

    void close(String reason, Instant now) {
        this.status = CaseStatus.CLOSED;
        this.closureReason = reason;
        this.closedAt = now;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void recordMinorStatus(String minorStatus) {
        this.minorStatus = minorStatus;
    }

    void recordRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }

    void recordReportingAction(String reportingAction) {
        this.reportingAction = reportingAction;
    }

    void recordProtocol(UUID protocolId, int version, String level) {
        this.protocolId = protocolId;
        this.protocolVersion = version;
        this.protocolLevel = level;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public CallerType getCallerType() {
        return callerType;
    }

    public String getLanguage() {
        return language;
    }

    public Province getProvince() {
        return province;
    }

    public String getCountry() {
        return country;
    }

    /** Whether the person is outside Canada: no provincial law or protocol applies, the national one does. */
    public boolean isAbroad() {
        return province == null;
    }

    public String getMunicipality() {
        return municipality;
    }

    public boolean isImminentDanger() {
        return imminentDanger;
    }

    public TraffickingType getTraffickingType() {
        return traffickingType;
    }

    public boolean isDetailSufficient() {
        return detailSufficient;
    }

    public String getMinorStatus() {
        return minorStatus;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public String getReportingAction() {
        return reportingAction;
    }

    public UUID getProtocolId() {
        return protocolId;
    }

    public Integer getProtocolVersion() {
        return protocolVersion;
    }

    public String getProtocolLevel() {
        return protocolLevel;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public CasePerson getPerson() {
        return person;
    }

    public Set<String> getIndicators() {
        return Set.copyOf(indicators);
    }

    public Set<String> getNeeds() {
        return Set.copyOf(needs);
    }
}
