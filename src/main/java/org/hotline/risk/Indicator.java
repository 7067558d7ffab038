package org.hotline.risk;

/** Trafficking indicators an advocate can note at intake, with their English and French labels. */
public enum Indicator {
    CONTROLLED_MOVEMENT("Movement is controlled by someone else", "Déplacements contrôlés par une autre personne"),
    DOCUMENTS_CONFISCATED("Identity or travel documents taken away", "Pièces d'identité ou de voyage confisquées"),
    DEBT_BONDAGE("Owes a debt that cannot be paid off", "Dette impossible à rembourser (servitude pour dettes)"),
    THREATS_OR_VIOLENCE("Threats or violence against them or their family", "Menaces ou violence envers la personne ou sa famille"),
    NOT_PAID_OR_UNDERPAID("Not paid, or paid far less than promised", "Non payé ou payé bien moins que promis"),
    ISOLATION("Isolated from family, friends or community", "Isolé de sa famille, de ses proches ou de sa communauté"),
    FORCED_WORK_CONDITIONS("Forced to work, or cannot leave the job", "Forcé de travailler ou incapable de quitter l'emploi"),
    COMMERCIAL_SEX_UNDER_CONTROL("In commercial sex under someone else's control", "Dans le commerce du sexe sous le contrôle d'autrui"),
    MINOR_IN_COMMERCIAL_SEX("A minor involved in commercial sex", "Mineur impliqué dans le commerce du sexe"),
    RECRUITMENT_DECEPTION("Recruited with false promises", "Recruté au moyen de fausses promesses"),
    HOUSING_CONTROLLED("Lives where the employer or controller decides", "Logé là où l'employeur ou l'exploitant le décide"),
    COMMUNICATION_RESTRICTED("Phone or contact with others restricted", "Téléphone ou contacts avec autrui restreints");

    private final String english;
    private final String french;

    Indicator(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String english() {
        return english;
    }

    public String french() {
        return french;
    }
}
