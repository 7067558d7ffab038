package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Storage, key rotation and retention agree: the columns the features name as personal data are exactly the entity
 * fields written through the {@link PersonalData} converter, so that nothing is encrypted and then kept after
 * retention, and nothing is purged as personal while stored in plain text.
 */
@HotlineSpringTest
class PersonalDataColumnsTest {

    @Autowired EntityManagerFactory entities;
    @Autowired List<PersonalDataColumns> personalData;
    @Autowired ColumnEncryption encryption;

    @Test
    @DisplayName("The declared personal columns are exactly the encrypted entity fields, and re-encryption covers them all")
    void declaredColumnsAreTheEncryptedFields() {
        Set<String> encrypted = new TreeSet<>();
        for (var entity : entities.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            Table table = type.getAnnotation(Table.class);
            for (Field field : type.getDeclaredFields()) {
                Convert convert = field.getAnnotation(Convert.class);
                if (convert != null && convert.converter() == PersonalData.class) {
                    Column column = field.getAnnotation(Column.class);
                    String name = column != null && !column.name().isEmpty() ? column.name()
                            : field.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
                    encrypted.add(table.name() + "." + name);
                }
            }
        }
        Set<String> declared = new TreeSet<>();
        personalData.forEach(feature -> feature.personalColumns().forEach(column -> declared.add(column.qualified())));

        assertThat(encrypted).contains("hotline_case.municipality", "consent.recipient", "consent.wording",
                "report.reference");
        assertThat(declared).isEqualTo(encrypted);
        assertThat(encryption.columns()).extracting(PersonalDataColumns.Column::qualified)
                .containsExactlyElementsOf(declared);
    }

    @Test
    @DisplayName("A column name that is not a plain SQL identifier is refused")
    void onlyPlainIdentifiers() {
        assertThatThrownBy(() -> new PersonalDataColumns.Column("consent", "wording; drop table consent", "case_id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataColumns.Column("Consent", "wording", "case_id"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
