package org.hotline.workspace;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hotline.casefile.CallerType;
import org.hotline.casefile.Channel;
import org.hotline.casefile.Province;
import org.hotline.casefile.TraffickingType;
import org.hotline.directory.Need;
import org.hotline.intake.IntakeRequest;
import org.hotline.intake.IntakeService;
import org.hotline.platform.ApiProblem;
import org.hotline.risk.Indicator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake form: what an advocate records during the call, the same fields as {@code POST /api/cases}. Each form
 * carries its own idempotency key, so a double click or a resent form never opens two cases.
 */
@Controller
class IntakePageController {

    private final IntakeService intake;
    private final Validator validator;

    IntakePageController(IntakeService intake, Validator validator) {
        this.intake = intake;
        this.validator = validator;
    }

    /** The form as posted: text as typed, so that a refused form comes back as it was. */
    public static class IntakeForm extends SafeContactForm {
        public String channel = "PHONE";
        public String callerType;
        public String language;
        public String province;
        public String country;
        public String municipality;
        public boolean imminentDanger;
        public String ageYears;
        public String appearsMinor;
        public String stillInSituation;
        public String traffickingType = "UNKNOWN";
        public List<String> indicators = new ArrayList<>();
        public boolean detailSufficient = true;
        public List<String> needs = new ArrayList<>();
        public String summary;
        public String callerName;
        public String callbackNumber;
        public String existingCaseNumber;
        public String idempotencyKey;

        // Setters for data binding.
        public void setChannel(String v) { channel = v; }
        public void setCallerType(String v) { callerType = v; }
        public void setLanguage(String v) { language = v; }
        public void setProvince(String v) { province = v; }
        public void setCountry(String v) { country = v; }
        public void setMunicipality(String v) { municipality = v; }
        public void setImminentDanger(boolean v) { imminentDanger = v; }
        public void setAgeYears(String v) { ageYears = v; }
        public void setAppearsMinor(String v) { appearsMinor = v; }
        public void setStillInSituation(String v) { stillInSituation = v; }
        public void setTraffickingType(String v) { traffickingType = v; }
        public void setIndicators(List<String> v) { indicators = v == null ? new ArrayList<>() : v; }
        public void setDetailSufficient(boolean v) { detailSufficient = v; }
        public void setNeeds(List<String> v) { needs = v == null ? new ArrayList<>() : v; }
        public void setSummary(String v) { summary = v; }
        public void setCallerName(String v) { callerName = v; }
        public void setCallbackNumber(String v) { callbackNumber = v; }
        public void setExistingCaseNumber(String v) { existingCaseNumber = v; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
    }

    @GetMapping("/intake")
    String form(@RequestParam(name = "case", required = false) String existingCaseNumber, Model model, Locale locale) {
        IntakeForm form = new IntakeForm();
        form.language = locale.getLanguage();
        form.existingCaseNumber = existingCaseNumber;
        form.idempotencyKey = UUID.randomUUID().toString();
        return show(form, Map.of(), model);
    }

    @PostMapping("/intake")
    String take(@ModelAttribute("intake") IntakeForm form, Model model, RedirectAttributes redirect,
                jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(form.existingCaseNumber)) {
            // What a new case needs, all named at once rather than one by one.
            String[][] required = {{"channel", form.channel}, {"callerType", form.callerType},
                    {"language", form.language}, {"province", form.province}};
            for (String[] field : required) {
                if (blank(field[1])) {
                    errors.put(field[0], "is required");
                }
            }
        }
        IntakeRequest request = request(form, errors);
        if (errors.isEmpty()) {
            for (ConstraintViolation<IntakeRequest> violation : validator.validate(request)) {
                errors.putIfAbsent(pageField(violation.getPropertyPath().toString()), violation.getMessage());
            }
        }
        if (errors.isEmpty()) {
            try {
                String key = form.idempotencyKey == null || form.idempotencyKey.isBlank() ? null
                        : form.idempotencyKey.strip();
                IntakeService.Outcome outcome = intake.take(request, key);
                if (!outcome.readable()) {
                    // A contact on a case this advocate has not worked on: a supervisor reviews it; no case file.
                    Flash.success(redirect, "intake.contactAddedForReview", outcome.caseNumber());
                    return "redirect:/";
                }
                Flash.success(redirect, outcome.created() ? "intake.opened" : "intake.contactAdded",
                        outcome.caseNumber());
                return "redirect:/cases/" + outcome.caseNumber();
            } catch (ApiProblem e) {
                e.errors().forEach(error -> errors.putIfAbsent(pageField(error.field()), error.message()));
                if (errors.isEmpty()) {
                    errors.put("form", e.getMessage());
                }
                response.setStatus(e.status().value());
                return show(form, errors, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(form, errors, model);
    }

    private String show(IntakeForm form, Map<String, String> errors, Model model) {
        model.addAttribute("intake", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", HomeController.codes(Channel.values()));
        model.addAttribute("callerTypes", HomeController.codes(CallerType.values()));
        model.addAttribute("provinces", HomeController.codes(Province.values()));
        model.addAttribute("traffickingTypes", HomeController.codes(TraffickingType.values()));
        model.addAttribute("indicatorCatalogue", Indicator.values());
        model.addAttribute("needCatalogue", Need.values());
        model.addAttribute("countries", countries(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("safeChannelCodes", org.hotline.casefile.SafeChannel.values());
        return "intake";
    }

    private static IntakeRequest request(IntakeForm form, Map<String, String> errors) {
        Integer age = null;
        if (!blank(form.ageYears)) {
            try {
                age = Integer.valueOf(form.ageYears.strip());
            } catch (NumberFormatException e) {
                errors.put("ageYears", "must be a whole number");
            }
        }
        return new IntakeRequest(
                code(form.channel, Channel::valueOf, "channel", errors),
                code(form.callerType, CallerType::valueOf, "callerType", errors),
                trimmed(form.language),
                new IntakeRequest.JurisdictionInput(code(form.province, Province::valueOf, "province", errors),
                        trimmed(form.country), trimmed(form.municipality)),
                form.imminentDanger,
                new IntakeRequest.PersonInput(age, yesNo(form.appearsMinor), yesNo(form.stillInSituation)),
                code(form.traffickingType, TraffickingType::valueOf, "traffickingType", errors),
                form.indicators.stream().map(c -> code(c, Indicator::valueOf, "indicators", errors)).toList(),
                form.detailSufficient,
                form.needs.stream().map(c -> code(c, Need::valueOf, "needs", errors)).toList(),
                trimmed(form.summary), trimmed(form.callerName), trimmed(form.callbackNumber),
                blank(form.existingCaseNumber) ? null : form.existingCaseNumber.strip().toUpperCase(Locale.ROOT),
                form.given() ? form.plan(errors) : null);
    }

    /** Every ISO 3166-1 country but Canada, named in the page's language, in that language's order. */
    static List<Map.Entry<String, String>> countries(Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return java.util.Arrays.stream(Locale.getISOCountries()).filter(code -> !code.equals("CA"))
                .map(code -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted((a, b) -> collator.compare(a.getValue(), b.getValue())).toList();
    }

    private static <E> E code(String value, Function<String, E> parse, String field, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, "is not a known code");
            return null;
        }
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The API's field path as the form's field name: {@code jurisdiction.province} is the province select. */
    private static String pageField(String path) {
        if (path.startsWith("safeContact.")) {
            String field = SafeContactForm.pageField(path);
            return field == null ? "safeContact" : field;
        }
        String field = path.replaceAll("\\[\\d*]", "");
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
