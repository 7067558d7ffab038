package org.hotline.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter for columns holding personal data: what a caller said, names, phone numbers, advocates' notes.
 * Written encrypted ({@link PersonalDataCipher}), read decrypted. Hibernate asks Spring for it, with its cipher.
 */
@Converter
public class PersonalData implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public PersonalData(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String value) {
        return cipher.encrypt(value);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
