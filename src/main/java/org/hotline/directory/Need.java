package org.hotline.directory;

/** Need categories the directory matches on, with English and French labels. */
public enum Need {
    SAFE_HOUSING("Safe housing or shelter", "Hébergement sécuritaire ou refuge"),
    CRISIS_SUPPORT("Crisis support", "Soutien en situation de crise"),
    COUNSELLING("Counselling", "Counseling"),
    LEGAL("Legal help", "Aide juridique"),
    HEALTH("Health care", "Soins de santé"),
    IMMIGRATION("Immigration and refugee services", "Services d'immigration et aux réfugiés"),
    LABOUR_RIGHTS("Labour and worker rights", "Droits du travail et des travailleurs"),
    SEXUAL_ASSAULT("Sexual assault services", "Services en matière d'agression sexuelle"),
    YOUTH("Youth, runaway and homeless youth services", "Services aux jeunes en fugue ou sans abri"),
    DOMESTIC_VIOLENCE("Domestic violence services", "Services en matière de violence familiale"),
    FINANCIAL("Financial support", "Soutien financier"),
    INTERPRETATION("Interpretation", "Interprétation");

    private final String english;
    private final String french;

    Need(String english, String french) {
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
