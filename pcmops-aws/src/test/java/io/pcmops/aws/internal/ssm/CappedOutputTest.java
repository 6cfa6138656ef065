package io.pcmops.aws.internal.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.OutputText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CappedOutputTest {

    @Test
    void of_whenWithinTheCap_keepsItWhole() {
        assertThat(CappedOutput.of(bytes("hello"), 5, 5)).isEqualTo(OutputText.of("hello"));
    }

    @Test
    void of_whenLonger_keepsTheCapFlagsItAndReportsTheRealSize() {
        OutputText kept = CappedOutput.of(bytes("abcdef"), 40_000, 4);

        assertThat(kept).isEqualTo(new OutputText("abcd", true, 40_000));
    }

    @Test
    void of_whenTheCapSplitsACharacter_cutsBackToAWholeOne() {
        byte[] text = bytes("ab€d");
        OutputText kept = CappedOutput.of(Arrays.copyOf(text, 4), text.length, 4);

        assertThat(kept.text()).isEqualTo("ab");
        assertThat(kept.truncated()).isTrue();
        assertThat(kept.bytes()).isEqualTo(6);
    }

    @Test
    void wholeCharacters_keepsCompleteSequences() {
        byte[] text = bytes("a😀");

        assertThat(CappedOutput.wholeCharacters(text, 5)).isEqualTo(5);
        assertThat(CappedOutput.wholeCharacters(text, 4)).isEqualTo(1);
        assertThat(CappedOutput.wholeCharacters(text, 2)).isEqualTo(1);
        assertThat(CappedOutput.wholeCharacters(text, 1)).isEqualTo(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
