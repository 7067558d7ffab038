package org.hotline.casefile;

import java.util.Set;

/** What intake knows when it opens a case: a province or, outside Canada, a country (never both). */
public record NewCase(Channel channel, CallerType callerType, String language, Province province, String country,
                      String municipality,
                      boolean imminentDanger, Integer ageYears, Boolean appearsMinor, Boolean stillInSituation,
                      TraffickingType traffickingType, Set<String> indicators, boolean detailSufficient,
                      Set<String> needs) {
}
