package org.hotline.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Intake requests as JSON-ready maps: a typical adult victim in Toronto, varied per test. */
public final class Intakes {

    private Intakes() {
    }

    public static Map<String, Object> adultVictimInToronto() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("channel", "PHONE");
        request.put("callerType", "VICTIM");
        request.put("language", "en");
        request.put("jurisdiction", new LinkedHashMap<>(Map.of("province", "ON", "municipality", "Toronto")));
        request.put("imminentDanger", false);
        request.put("person", new LinkedHashMap<>(Map.of("ageYears", 29, "appearsMinor", false, "stillInSituation", true)));
        request.put("traffickingType", "LABOUR");
        request.put("indicators", List.of("DOCUMENTS_CONFISCATED", "DEBT_BONDAGE", "NOT_PAID_OR_UNDERPAID"));
        request.put("detailSufficient", true);
        request.put("needs", List.of("SAFE_HOUSING", "LEGAL"));
        request.put("summary", "Caller works at a farm, passport held by the employer, owes a recruitment debt.");
        request.put("callerName", "Maria Example");
        request.put("callbackNumber", "+1-416-555-0199");
        return request;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> person(Map<String, Object> request) {
        return (Map<String, Object>) request.get("person");
    }
}
