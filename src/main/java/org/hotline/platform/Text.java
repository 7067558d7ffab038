package org.hotline.platform;

import java.text.Normalizer;
import java.util.Locale;

/** Text comparison the way people name places: without case or accents. */
public final class Text {

    private Text() {
    }

    /** Lower case without accents: "Montréal" and "MONTREAL" fold to the same text. */
    public static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
