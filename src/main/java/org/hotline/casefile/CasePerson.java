package org.hotline.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The person the case is about, kept to what routing needs: age, whether they appear to be a minor, still in it. */
@Entity
@Table(name = "case_person")
public class CasePerson {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @MapsId
    @OneToOne
    @JoinColumn(name = "case_id")
    private HotlineCase hotlineCase;

    @Column(name = "age_years")
    private Integer ageYears;

    @Column(name = "appears_minor")
    private Boolean appearsMinor;

    @Column(name = "still_in_situation")
    private Boolean stillInSituation;

    protected CasePerson() {
    }

    CasePerson(HotlineCase hotlineCase, Integer ageYears, Boolean appearsMinor, Boolean stillInSituation) {
        this.hotlineCase = hotlineCase;
        this.ageYears = ageYears;
        this.appearsMinor = appearsMinor;
        this.stillInSituation = stillInSituation;
    }

    public Integer getAgeYears() {
        return ageYears;
    }

    public Boolean getAppearsMinor() {
        return appearsMinor;
    }

    public Boolean getStillInSituation() {
        return stillInSituation;
    }
}
