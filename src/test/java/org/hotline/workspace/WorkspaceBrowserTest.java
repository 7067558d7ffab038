package org.hotline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace in a real browser: an advocate takes a call and works the case, a second advocate is told who
 * holds the task, a supervisor sees the urgent case on the board and hands a task on, and everything reads in
 * French after the switch; on a live call about a minor in danger, the first screen after the intake. Screenshots in
 * {@code target/screenshots}; with {@code -Dhotline.docs-screenshots=true} the live call's first screen also goes to
 * {@code docs/images/workspace-live-call.png}.
 */
@HotlineSpringTest
class WorkspaceBrowserTest {

    /** The screen the live call is checked on: a laptop's, 1280 by 900 pixels. */
    private static final int FIRST_SCREEN_WIDTH = 1280;
    private static final int FIRST_SCREEN_HEIGHT = 900;
    private static final String EMERGENCY_AGENCY = "Forks City Police Service – Counter-Exploitation Unit";

    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    @DisplayName("Intake, claim and complete on the case page; a lost claim race; the supervisor board; French")
    void advocateAndSupervisorWorkTheCase() throws Exception {
        try (Browser advocate = Browser.open(port).logIn("advocate1");
             Browser colleague = Browser.open(port).logIn("advocate2");
             Browser supervisor = Browser.open(port).logIn("supervisor1")) {

            // The call: an imminent-danger intake through the form.
            advocate.go("/");
            advocate.screenshot("01-advocate-home");
            advocate.load(advocate.find(By.id("new-intake")));
            advocate.waitFor(By.id("submit-intake"));
            accessible(advocate);
            new Select(advocate.find(By.id("callerType"))).selectByValue("VICTIM");
            new Select(advocate.find(By.id("province"))).selectByValue("QC");
            advocate.find(By.id("municipality")).sendKeys("Laval");
            advocate.find(By.id("imminentDanger")).click();
            new Select(advocate.find(By.id("traffickingType"))).selectByValue("LABOUR");
            advocate.find(By.id("indicator-DEBT_BONDAGE")).click();
            advocate.find(By.id("indicator-THREATS_OR_VIOLENCE")).click();
            advocate.find(By.id("need-SAFE_HOUSING")).click();
            advocate.find(By.id("summary")).sendKeys("Caller is held at a farm and threatened.");
            advocate.fullScreenshot("02-intake-form");
            advocate.load(advocate.find(By.id("submit-intake")));

            assertThat(advocate.text(By.id("flash"))).matches("Case HT-\\d{4}-\\d{6} is open\\.");
            String caseNumber = advocate.driver.getCurrentUrl().replaceAll(".*/cases/", "");
            assertThat(advocate.text(By.id("risk-level"))).isEqualTo("Critical");

            // The supervisor sees it on the board as soon as it is open, with its urgent review.
            supervisor.go("/supervisor");
            WebElement urgentRow = supervisor.waitFor(By.cssSelector("#urgent-cases tr[data-case='" + caseNumber + "']"));
            assertThat(urgentRow.getText()).contains("Critical", "Review urgent case");
            assertThat(supervisor.text(By.id("unread-count"))).isNotEqualTo("0");

            // The advocate claims and completes "Confirm risk assessment" on the case page.
            advocate.load(advocate.find(By.cssSelector("tr[data-task-key='Task_ConfirmRisk'] button[type=submit]")));
            assertThat(advocate.text(By.id("flash"))).isEqualTo("The task is yours.");
            WebElement riskLevel = advocate.waitFor(By.cssSelector("form.task-form select[name=riskLevel]"));
            assertThat(new Select(riskLevel).getFirstSelectedOption().getAttribute("value")).isEqualTo("CRITICAL");
            accessible(advocate);
            advocate.fullScreenshot("03-case-page-risk-form");
            advocate.load(riskLevel.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")));
            assertThat(advocate.text(By.id("flash"))).isEqualTo("Done: Confirm risk assessment.");
            assertThat(advocate.all(By.cssSelector("tr[data-task-key='Task_ConfirmRisk']"))).isEmpty();
            advocate.waitFor(By.cssSelector("tr[data-task-key='Task_RecordConsent']"));

            // Two advocates go for "Record consent": the one who clicks second is told who has it.
            colleague.go("/cases/" + caseNumber);
            WebElement lateClaim = colleague.waitFor(By.cssSelector("tr[data-task-key='Task_RecordConsent'] button[type=submit]"));
            advocate.load(advocate.find(By.cssSelector("tr[data-task-key='Task_RecordConsent'] button[type=submit]")));
            assertThat(advocate.text(By.id("flash"))).isEqualTo("The task is yours.");
            colleague.load(lateClaim);
            assertThat(colleague.text(By.id("flash"))).isEqualTo("This task is already claimed by advocate1.");
            colleague.screenshot("04-claim-lost");

            // The supervisor hands "Record consent" to advocate2; advocate1 is told.
            supervisor.go("/supervisor");
            WebElement row = supervisor.waitFor(By.cssSelector(
                    "section[aria-labelledby='urgent-tasks-heading'] tr[data-case='" + caseNumber + "'][data-task-key='Task_RecordConsent']"));
            new Select(row.findElement(By.tagName("select"))).selectByValue("advocate2");
            supervisor.load(row.findElement(By.xpath(".//button[normalize-space()='Reassign']")));
            assertThat(supervisor.text(By.id("flash"))).isEqualTo("The task now belongs to advocate2.");
            accessible(supervisor);
            supervisor.fullScreenshot("05-supervisor-board");

            advocate.go("/notifications");
            WebElement reassigned = advocate.waitFor(By.cssSelector("li[data-kind='TASK_REASSIGNED']"));
            assertThat(reassigned.getText()).contains(caseNumber, "Record consent", "advocate2", "supervisor1");
            assertThat(advocate.text(By.id("unread-count"))).isNotEqualTo("0");
            advocate.screenshot("06-advocate-notifications");

            advocate.go("/cases/" + caseNumber);
            assertThat(advocate.text(By.id("timeline")))
                    .contains("\"Record consent\" taken by advocate1")
                    .contains("\"Record consent\" assigned to advocate2 by supervisor1");

            // French: the visible switch, then every label in French.
            advocate.load(advocate.find(By.id("lang-switch")));
            assertThat(advocate.text(By.tagName("h1"))).startsWith("Dossier " + caseNumber);
            assertThat(advocate.text(By.id("risk-level"))).isEqualTo("Critique");
            assertThat(advocate.text(By.id("now-heading"))).isEqualTo("Où en est le dossier");
            assertThat(advocate.text(By.id("risk-heading") )).isEqualTo("Risque et pourquoi");
            assertThat(advocate.find(By.id("active-tasks")).getText()).contains("Consigner le consentement");
            assertThat(advocate.text(By.cssSelector("nav"))).contains("Mon travail", "Nouvel accueil");
            advocate.fullScreenshot("07-case-page-french");
            advocate.go("/");
            assertThat(advocate.text(By.tagName("h1"))).isEqualTo("Mon travail");
            assertThat(advocate.text(By.id("lang-switch"))).isEqualTo("English");
        }
    }

    @Test
    @DisplayName("A live call about a minor in imminent danger: the first screen shows the reports to make, the number to call and how to reach the caller safely")
    void liveCallAboutMinorInDanger() throws Exception {
        // The call comes at night, when the caller can talk: Monday 22:40 in Winnipeg.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.ZonedDateTime.parse("2026-12-07T22:40:00-06:00[America/Winnipeg]").toInstant()));
        try (Browser advocate = Browser.open(port, FIRST_SCREEN_WIDTH, FIRST_SCREEN_HEIGHT).logIn("advocate1")) {
            advocate.go("/intake");
            advocate.waitFor(By.id("submit-intake"));
            new Select(advocate.find(By.id("channel"))).selectByValue("PHONE");
            new Select(advocate.find(By.id("callerType"))).selectByValue("VICTIM");
            advocate.find(By.id("language")).clear();
            advocate.find(By.id("language")).sendKeys("en");
            new Select(advocate.find(By.id("province"))).selectByValue("MB");
            advocate.find(By.id("municipality")).sendKeys("Winnipeg");
            advocate.find(By.id("imminentDanger")).click();
            advocate.find(By.id("ageYears")).sendKeys("16");
            new Select(advocate.find(By.id("traffickingType"))).selectByValue("SEX");
            for (String indicator : List.of("DOCUMENTS_CONFISCATED", "COMMERCIAL_SEX_UNDER_CONTROL",
                    "MINOR_IN_COMMERCIAL_SEX", "THREATS_OR_VIOLENCE", "COMMUNICATION_RESTRICTED")) {
                advocate.find(By.id("indicator-" + indicator)).click();
            }
            advocate.find(By.id("summary")).sendKeys("Caller is 16, kept in an apartment and sold for sex; he is there now.");
            advocate.find(By.id("callerName")).sendKeys("Jess");
            advocate.find(By.id("callbackNumber")).sendKeys("204-555-0142 (text only)");
            advocate.find(By.id("safeChannels-TEXT")).click();
            advocate.find(By.id("safeTimes")).sendKeys("after 22:00 when he sleeps");
            advocate.find(By.id("safeCodeWord")).sendKeys("blue kite");
            advocate.load(advocate.find(By.id("submit-intake")));

            // The first screen: the case page the intake leads to, as it opens, nothing scrolled or clicked.
            assertThat(advocate.text(By.id("flash"))).matches("Case HT-\\d{4}-\\d{6} is open\\.");
            String caseNumber = advocate.driver.getCurrentUrl().replaceAll(".*/cases/", "");
            assertThat(((Number) advocate.script("return window.scrollY")).intValue()).isZero();
            long viewport = ((Number) advocate.script("return window.innerHeight")).longValue();
            advocate.screenshot("10-live-call-first-screen");
            if (Boolean.getBoolean("hotline.docs-screenshots")) {
                java.nio.file.Files.copy(Browser.SCREENSHOTS.resolve("10-live-call-first-screen.png"),
                        java.nio.file.Path.of("docs", "images", "workspace-live-call.png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }

            // Past 19:00 in Winnipeg the city police's primary line is closed: its after-hours line is the one to call.
            WebElement callNow = advocate.find(By.cssSelector("#who-to-call a#call-now"));
            assertThat(callNow.getAttribute("href")).isEqualTo("tel:+1-204-555-0111");
            assertThat(advocate.text(By.id("child-protection-contact"))).contains("+1-204-555-0182");
            assertThat(advocate.find(By.cssSelector("#safe-channels li[data-channel='TEXT']")).getText())
                    .startsWith("Safe:");
            assertThat(advocate.all(By.cssSelector("#safe-channels li.safe"))).hasSize(1);
            assertThat(advocate.text(By.id("safe-times"))).isEqualTo("after 22:00 when he sleeps");
            assertThat(advocate.text(By.id("code-word"))).isEqualTo("blue kite");
            WebElement emergency = advocate.find(By.cssSelector("#active-tasks tr[data-task-key='Task_MakeEmergencyReport']"));
            WebElement childProtection = advocate.find(By.cssSelector(
                    "#active-tasks tr[data-task-key='Task_ReportToChildProtection']"));
            assertThat(emergency.getText()).contains("Make emergency report", "Nobody yet");
            assertThat(childProtection.getText()).contains("Report to child protection", "Nobody yet");
            WebElement claimEmergency = emergency.findElement(By.xpath(".//button[normalize-space()='Claim']"));
            WebElement claimChildProtection = childProtection.findElement(By.xpath(".//button[normalize-space()='Claim']"));
            // Within the first screen: how to reach the caller safely, the number to call now, the child-protection
            // line, and both reports, ready to claim.
            for (WebElement seen : List.of(advocate.find(By.id("safe-channels")), advocate.find(By.id("code-word")),
                    callNow, advocate.find(By.id("child-protection-contact")), claimEmergency, claimChildProtection)) {
                assertThat(bottom(advocate, seen)).as("%s within the first %d pixels", seen.getText(), viewport)
                        .isLessThanOrEqualTo(viewport);
            }
            // The open tasks follow "Who to call now" and come before every task form, the reporting duties and the
            // warnings.
            assertThat(advocate.all(By.cssSelector("form.task-form"))).as("no task form before a claim").isEmpty();
            long whoToCallEnd = bottom(advocate, advocate.find(By.id("who-to-call")));
            for (WebElement claim : List.of(claimEmergency, claimChildProtection)) {
                assertThat(top(advocate, claim)).isGreaterThan(whoToCallEnd)
                        .isLessThan(top(advocate, advocate.find(By.id("reporting-duties"))))
                        .isLessThan(top(advocate, advocate.find(By.id("case-warnings"))));
            }
            System.out.printf("[live call] viewport %d px high; call now ends at %d px, the code word at %d px;"
                    + " claim emergency report at %d px, claim child-protection report at %d px%n", viewport,
                    bottom(advocate, callNow), bottom(advocate, advocate.find(By.id("code-word"))),
                    bottom(advocate, claimEmergency), bottom(advocate, claimChildProtection));
            advocate.fullScreenshot("11-live-call-case-page");
            accessible(advocate);

            // The advocate makes the emergency report from the page: the agency is filled in already.
            advocate.load(claimEmergency);
            assertThat(advocate.text(By.id("flash"))).isEqualTo("The task is yours.");
            String taskId = advocate.find(By.cssSelector("#active-tasks tr[data-task-key='Task_MakeEmergencyReport']"))
                    .getAttribute("data-task-id");
            WebElement form = advocate.waitFor(By.id("task-" + taskId));
            String agency = form.findElement(By.id("field-" + taskId + "-reportAgency")).getAttribute("value");
            assertThat(agency).isEqualTo(EMERGENCY_AGENCY);
            // Working the report, the escalation contact and the crisis lines are open above the form.
            assertThat(advocate.find(By.id("more-contacts")).getAttribute("open")).isNotNull();
            assertThat(advocate.find(By.id("escalation-contact")).isDisplayed()).isTrue();
            new Select(form.findElement(By.id("field-" + taskId + "-reportChannel"))).selectByValue("PHONE");
            form.findElement(By.id("field-" + taskId + "-reportContact")).sendKeys("Duty NCO");
            accessible(advocate);
            advocate.load(form.findElement(By.cssSelector("button[type=submit]")));
            assertThat(advocate.text(By.id("flash"))).isEqualTo("Done: Make emergency report.");
            assertThat(advocate.all(By.cssSelector("#active-tasks tr[data-task-key='Task_MakeEmergencyReport']"))).isEmpty();
            assertThat(advocate.find(By.cssSelector("#active-tasks tr[data-task-key='Task_ReportToChildProtection']"))
                    .getText()).contains("Report to child protection", "Nobody yet");
            assertThat(advocate.text(By.id("timeline")))
                    .contains("Report made to " + EMERGENCY_AGENCY + " by PHONE");
            // The case file holds the report as made, whom it went to, and the child-protection report still to make.
            com.fasterxml.jackson.databind.JsonNode reports = new Api(port, json)
                    .get("advocate1", "/api/cases/" + caseNumber).node().path("reports");
            assertThat(reports.findValuesAsText("action")).contains("EMERGENCY", "MANDATORY_CHILD_PROTECTION");
            for (com.fasterxml.jackson.databind.JsonNode report : reports) {
                if (report.path("action").asText().equals("EMERGENCY")) {
                    assertThat(report.path("status").asText()).isEqualTo("SENT");
                    assertThat(report.path("channel").asText()).isEqualTo("PHONE");
                    assertThat(report.path("contact").asText()).isEqualTo("Duty NCO");
                    assertThat(report.path("reportedBy").asText()).isEqualTo("advocate1");
                } else if (report.path("action").asText().equals("MANDATORY_CHILD_PROTECTION")) {
                    assertThat(report.path("status").asText()).isEqualTo("PENDING");
                }
            }
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    /** How far from the top of the page an element starts, in CSS pixels. */
    private static long top(Browser browser, WebElement element) {
        return Math.round(((Number) browser.script("return arguments[0].getBoundingClientRect().top + window.scrollY",
                element)).doubleValue());
    }

    /** How far from the top of the page an element ends, in CSS pixels. */
    private static long bottom(Browser browser, WebElement element) {
        return Math.round(((Number) browser.script("return arguments[0].getBoundingClientRect().bottom + window.scrollY",
                element)).doubleValue());
    }

    @Test
    @DisplayName("Tasklist with authorizations on: an advocate sees the advocates' filters with case and risk, and completes a task's Camunda Form")
    void tasklist() throws Exception {
        Api api = new Api(port, json);
        Api.Response opened = api.post("advocate2", "/api/cases", Intakes.adultVictimInToronto());
        String caseNumber = opened.node().path("caseNumber").asText();
        try (Browser advocate = Browser.open(port).logIn("advocate2")) {
            advocate.go("/camunda/app/tasklist/");
            WebElement queue = advocate.waitFor(By.xpath("//*[normalize-space(text())=\"Advocates' queue\"]"));
            assertThat(advocate.all(By.xpath("//*[normalize-space(text())='Supervisors: escalations']")))
                    .as("a supervisors' filter").isEmpty();
            queue.click();
            // Each task of the queue shows its case number and risk level.
            WebElement first = advocate.waitFor(By.cssSelector(".tasks-list li.task"));
            assertThat(first.getText()).contains("Case", "Risk").containsPattern("HT-\\d{4}-\\d{6}");
            // The advocate took this case's task (in the workspace, say): Tasklist lists it under "My tasks".
            String taskId = api.taskOf("advocate2", caseNumber, "Task_ConfirmRisk");
            assertThat(api.post("advocate2", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
            // A tooltip of the filter list may cover it: clicked as the keyboard would.
            advocate.script("arguments[0].click();", advocate.find(By.xpath("//*[normalize-space(text())='My tasks: advocate2']")));
            WebElement task = advocate.waitFor(By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + caseNumber
                    + "')]][.//*[contains(text(),'Confirm risk assessment')]]"));
            advocate.script("arguments[0].click();", task.findElement(By.xpath(".//*[contains(text(),'Confirm risk assessment')]")));
            advocate.waitFor(By.xpath("//*[contains(text(),'Risk level')]"));
            advocate.screenshot("09-tasklist-form");
            WebElement complete = advocate.waitFor(By.xpath("//button[normalize-space()='Complete']"));
            advocate.script("arguments[0].scrollIntoView({block: 'center'});", complete);
            complete.click();
            new org.openqa.selenium.support.ui.WebDriverWait(advocate.driver, java.time.Duration.ofSeconds(15))
                    .until(d -> api.get("advocate2", "/api/cases/" + caseNumber).node().path("timeline")
                            .findValuesAsText("detail").stream().anyMatch(detail -> detail.startsWith("Confirm risk assessment:")));
        }
        assertThat(api.get("advocate2", "/api/cases/" + caseNumber).node().path("activeTasks")
                .findValuesAsText("taskDefinitionKey")).doesNotContain("Task_ConfirmRisk").contains("Task_RecordConsent");
    }

    @Test
    @DisplayName("Keyboard: the first Tab reaches the skip link and shows where the focus is; usable at phone width")
    void keyboardAndPhoneWidth() throws Exception {
        try (Browser phone = Browser.open(port, 390, 844).logIn("supervisor1")) {
            phone.go("/");
            phone.find(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = phone.driver.switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to content");
            assertThat(focused.isDisplayed()).isTrue();
            String outline = (String) phone.script("return getComputedStyle(arguments[0]).outlineStyle", focused);
            assertThat(outline).isEqualTo("solid");
            for (String page : List.of("/", "/intake", "/supervisor", "/notifications")) {
                phone.go(page);
                phone.waitFor(By.id("main"));
                accessible(phone);
                Number overflow = (Number) phone.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue()).as("horizontal scrolling on " + page).isLessThanOrEqualTo(0);
            }
            phone.go("/supervisor");
            phone.screenshot("08-supervisor-board-phone");
        }
    }

    /**
     * Every visible input has a label, the page declares its language, and the text of every visible element has a
     * contrast of at least 4.5:1 against its background (WCAG AA).
     */
    private static void accessible(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> lowContrast = (List<String>) browser.script("""
                const rgb = c => c.match(/[\\d.]+/g).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92
                    : Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                    if (c.length < 4 || c[3] > 0) { return c.slice(0, 3); } } return [255, 255, 255]; };
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.offsetParent !== null && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()))
                  .map(e => { const f = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
                              return [e, (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05)]; })
                  .filter(([e, ratio]) => ratio < 4.5)
                  .map(([e, ratio]) => e.tagName + ' "' + e.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
                """);
        assertThat(lowContrast).as("text under 4.5:1 contrast on " + browser.driver.getCurrentUrl()).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                               && !e.getAttribute('aria-labelledby'))
                  .map(e => e.name || e.id);
                """);
        assertThat(unlabelled).as("inputs without a label on " + browser.driver.getCurrentUrl()).isEmpty();
        assertThat((String) browser.script("return document.documentElement.lang")).isIn("en", "fr");
    }
}
