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
 * French after the switch. Screenshots in {@code target/screenshots}.
 */
@HotlineSpringTest
class WorkspaceBrowserTest {

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
            advocate.find(By.id("new-intake")).click();
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
            advocate.find(By.id("submit-intake")).click();

            assertThat(advocate.text(By.id("flash"))).matches("Case HT-\\d{4}-\\d{6} is open\\.");
            String caseNumber = advocate.driver.getCurrentUrl().replaceAll(".*/cases/", "");
            assertThat(advocate.text(By.id("risk-level"))).isEqualTo("Critical");

            // The supervisor sees it on the board as soon as it is open, with its urgent review.
            supervisor.go("/supervisor");
            WebElement urgentRow = supervisor.waitFor(By.cssSelector("#urgent-cases tr[data-case='" + caseNumber + "']"));
            assertThat(urgentRow.getText()).contains("Critical", "Review urgent case");
            assertThat(supervisor.text(By.id("unread-count"))).isNotEqualTo("0");

            // The advocate claims and completes "Confirm risk assessment" on the case page.
            advocate.find(By.cssSelector("tr[data-task-key='Task_ConfirmRisk'] button[type=submit]")).click();
            assertThat(advocate.text(By.id("flash"))).isEqualTo("The task is yours.");
            WebElement riskLevel = advocate.waitFor(By.cssSelector("form.task-form select[name=riskLevel]"));
            assertThat(new Select(riskLevel).getFirstSelectedOption().getAttribute("value")).isEqualTo("CRITICAL");
            accessible(advocate);
            advocate.fullScreenshot("03-case-page-risk-form");
            riskLevel.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(advocate.text(By.id("flash"))).isEqualTo("Done: Confirm risk assessment.");
            assertThat(advocate.all(By.cssSelector("tr[data-task-key='Task_ConfirmRisk']"))).isEmpty();
            advocate.waitFor(By.cssSelector("tr[data-task-key='Task_RecordConsent']"));

            // Two advocates go for "Record consent": the one who clicks second is told who has it.
            colleague.go("/cases/" + caseNumber);
            WebElement lateClaim = colleague.waitFor(By.cssSelector("tr[data-task-key='Task_RecordConsent'] button[type=submit]"));
            advocate.find(By.cssSelector("tr[data-task-key='Task_RecordConsent'] button[type=submit]")).click();
            assertThat(advocate.text(By.id("flash"))).isEqualTo("The task is yours.");
            lateClaim.click();
            assertThat(colleague.text(By.id("flash"))).isEqualTo("This task is already claimed by advocate1.");
            colleague.screenshot("04-claim-lost");

            // The supervisor hands "Record consent" to advocate2; advocate1 is told.
            supervisor.go("/supervisor");
            WebElement row = supervisor.waitFor(By.cssSelector(
                    "section[aria-labelledby='urgent-tasks-heading'] tr[data-case='" + caseNumber + "'][data-task-key='Task_RecordConsent']"));
            new Select(row.findElement(By.tagName("select"))).selectByValue("advocate2");
            row.findElement(By.xpath(".//button[normalize-space()='Reassign']")).click();
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
            advocate.find(By.id("lang-switch")).click();
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
