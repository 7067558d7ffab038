package org.hotline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hotline.casefile.CallerType;
import org.hotline.casefile.CaseStatus;
import org.hotline.casefile.Channel;
import org.hotline.casefile.Province;
import org.hotline.casefile.TraffickingType;
import org.hotline.consent.ConsentMethod;
import org.hotline.consent.ConsentPurpose;
import org.hotline.consent.ReportingAction;
import org.hotline.referral.ReferralStatus;
import org.hotline.referral.ReportStatus;
import org.hotline.risk.MinorStatus;
import org.hotline.risk.RiskLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * English and French everywhere: both files have the same keys, none empty; every label the pages ask for, every
 * form field and option, every user task and every code shown exists in both.
 */
class MessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[(}]");
    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");

    private final Properties english = load("messages_en.properties");
    private final Properties french = load("messages_fr.properties");

    @Test
    @DisplayName("messages_en and messages_fr have the same keys, and no empty label")
    void sameKeys() {
        assertThat(french.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(300)
                .allMatch(key -> !english.getProperty(key).isBlank() && !french.getProperty(key).isBlank());
    }

    @Test
    @DisplayName("Every literal key of every template is in both languages")
    void templateKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(80);
        assertThat(used).allSatisfy(key -> assertThat(english).as(key).containsKey(key));
    }

    @Test
    @DisplayName("Every form field, option and text, and every user task, has its label in both languages")
    void formsAndTasks() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> expected = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode schema = json.readTree(form.toFile());
                String id = schema.path("id").asText();
                for (JsonNode component : schema.path("components")) {
                    if (component.path("type").asText().equals("text")) {
                        expected.add("form." + id + "." + component.path("id").asText());
                    } else if (component.hasNonNull("key")) {
                        String prefix = "form." + id + "." + component.path("key").asText();
                        expected.add(prefix + ".label");
                        component.path("values").forEach(v -> expected.add(prefix + ".option." + v.path("value").asText()));
                    }
                }
            }
        }
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher tasks = USER_TASK.matcher(Files.readString(model));
                while (tasks.find()) {
                    expected.add("task." + tasks.group(1));
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(60)
                .allSatisfy(key -> assertThat(english).as(key).containsKey(key))
                .allSatisfy(key -> assertThat(french).as(key).containsKey(key));
    }

    @Test
    @DisplayName("Every code the pages show has its label: statuses, channels, provinces, risk levels, reporting actions")
    void codes() {
        List<Class<? extends Enum<?>>> shown = List.of(CaseStatus.class, Channel.class, CallerType.class,
                TraffickingType.class, Province.class, RiskLevel.class, MinorStatus.class, ReportingAction.class,
                ReferralStatus.class, ReportStatus.class, ConsentPurpose.class, ConsentMethod.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> code : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + code.name();
                assertThat(english).as(key).containsKey(key);
                assertThat(french).as(key).containsKey(key);
            }
        }
        assertThat(french.getProperty("enum.RiskLevel.CRITICAL")).isEqualTo("Critique");
    }

    @Test
    @DisplayName("A message with arguments doubles its apostrophes, as MessageFormat needs")
    void apostrophes() {
        for (Properties messages : List.of(english, french)) {
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (value.matches(".*\\{\\d.*")) {
                    assertThat(value.replace("''", "")).as(key).doesNotContain("'");
                } else {
                    assertThat(value).as(key + " is shown as written: one apostrophe").doesNotContain("''");
                }
            }
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        return properties;
    }
}
