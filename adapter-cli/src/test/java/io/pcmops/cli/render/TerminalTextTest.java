package io.pcmops.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TerminalTextTest {

    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of("colour (CSI SGR)", "a\u001b[31;1mred\u001b[0mb", "aredb"),
                Arguments.of("clear screen and cursor home", "\u001b[2J\u001b[Hdone", "done"),
                Arguments.of("private mode (hide cursor)", "x\u001b[?25ly", "xy"),
                Arguments.of("title (OSC ended by BEL)", "\u001b]0;owned\u0007text", "text"),
                Arguments.of("hyperlink (OSC 8 ended by ESC \\)",
                        "\u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\", "link"),
                Arguments.of("device control string", "a\u001bPq#0;2;0;0;0\u001b\\b", "ab"),
                Arguments.of("application program command", "a\u001b_payload\u001b\\b", "ab"),
                Arguments.of("8-bit CSI", "a\u009b31mb", "ab"),
                Arguments.of("8-bit OSC ended by 8-bit ST", "a\u009d0;title\u009cb", "ab"),
                Arguments.of("full reset (ESC c)", "a\u001bcb", "ab"),
                Arguments.of("charset designation (ESC ( B)", "a\u001b(Bb", "ab"),
                Arguments.of("carriage return overwrite", "rm -rf /\rls", "rm -rf /ls"),
                Arguments.of("backspace, bell, NUL, DEL", "a\b\u0007\u0000\u007fb", "ab"),
                Arguments.of("lone C1 characters", "a\u0085\u0090b", "ab"),
                Arguments.of("lone ESC at the end", "ab\u001b", "ab"),
                Arguments.of("ESC before a non-ASCII letter", "a\u001b\u00e9", "a\u00e9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequences")
    void clean_removesTheSequenceAndKeepsTheText(String name, String input, String expected) {
        assertThat(TerminalText.clean(input)).isEqualTo(expected);
    }

    @Test
    void clean_keepsLineFeedsTabsAndUnicode() {
        String text = "naïve\tcafé\n日本語 ✓ 🚀\n";
        assertThat(TerminalText.clean(text)).isSameAs(text);
    }

    @Test
    void clean_ofAnUnterminatedString_dropsOnlyItsOpener() {
        assertThat(TerminalText.clean("a\u001b]0;no end\nrest")).isEqualTo("a0;no end\nrest");
    }

    @Test
    void clean_ofAnUnfinishedControlSequence_dropsItsIntroducerAndParameters() {
        assertThat(TerminalText.clean("a\u001b[12;3")).isEqualTo("a");
        assertThat(TerminalText.clean("a\u001b[1;é")).isEqualTo("aé");
    }

    @Test
    void clean_ofNull_isNull() {
        assertThat(TerminalText.clean(null)).isNull();
    }

    @Test
    void style_cleansTheTextItStyles() {
        assertThat(Style.of(true).red("x\u001b[2Jy")).isEqualTo("\u001b[31mxy\u001b[0m");
        assertThat(Style.of(false).bold("x\u001b]0;t\u0007y")).isEqualTo("xy");
    }
}
