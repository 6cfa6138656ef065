package io.pcmops.cli.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escaping that also writes DEL and the C1 controls (U+007F to U+009F) as {@code \}{@code u00XX}: JSON's own
 * escaping covers only U+0000 to U+001F, and a terminal may act on a raw C1 character. The document's values stay
 * exactly the same.
 */
final class JsonControlEscapes extends CharacterEscapes {

    private static final int DEL = 0x7f;
    private static final int LAST_C1 = 0x9f;

    private final int[] ascii;

    JsonControlEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[DEL] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch > DEL && ch <= LAST_C1 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
