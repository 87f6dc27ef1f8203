package io.regionwatch.cli.output;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON escapes that also cover DEL, C1 controls and bidirectional overrides: JSON allows them raw,
 * but alerts go to a terminal by default, where C1 (U+009B is CSI) can start escape sequences and
 * bidi overrides reorder what the analyst reads. Characters below U+0020 are escaped as JSON requires.
 */
final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = ascii();

    private static int[] ascii() {
        int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
        codes[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        return codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch <= 0xffff && TerminalText.unsafe((char) ch)
                ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch)) : null;
    }
}
