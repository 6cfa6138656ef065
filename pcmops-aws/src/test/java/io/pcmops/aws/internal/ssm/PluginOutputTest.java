package io.pcmops.aws.internal.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.OutputText;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginOutputTest {

    @Test
    void split_whenErrorTitlePresent_separatesStreams() {
        OutputText[] parts = PluginOutput.split("out\n" + PluginOutput.ERROR_TITLE + "err\n");

        assertThat(parts[0].text()).isEqualTo("out\n");
        assertThat(parts[1].text()).isEqualTo("err\n");
    }

    @Test
    void mayBeCut_whenNearCapacityOrMarked_isTrue() {
        assertThat(PluginOutput.mayBeCut("short")).isFalse();
        assertThat(PluginOutput.mayBeCut("x".repeat(2476))).isTrue();
        assertThat(PluginOutput.mayBeCut("abc\n---Output truncated---")).isTrue();
    }

    @Test
    void stdoutContent_whenSsmCutIt_isFlaggedTruncated() {
        assertThat(PluginOutput.stdoutContent("x".repeat(23_980) + "--output truncated--").truncated()).isTrue();
        assertThat(PluginOutput.stdoutContent("fine").truncated()).isFalse();
        assertThat(PluginOutput.stdoutContent("x".repeat(24_000)).truncated()).isFalse();
    }

    @Test
    void stderrContent_whenItReachesTheLimitWithoutMarker_isFlaggedPossiblyTruncated() {
        assertThat(PluginOutput.stderrContent("e".repeat(8_000)).truncated()).isTrue();
        assertThat(PluginOutput.stderrContent("é".repeat(4_000)).truncated()).isTrue();
        assertThat(PluginOutput.stderrContent("e".repeat(7_999)).truncated()).isFalse();
        assertThat(PluginOutput.stderrContent("e".repeat(7_980) + "--output truncated--").truncated()).isTrue();
    }

    @Test
    void showsStreams_whenOnlyStderrWasWritten_showsStderrAndNoStdout() {
        String cut = PluginOutput.ERROR_TITLE + "e".repeat(2400) + "\n---Error truncated----";

        assertThat(PluginOutput.showsStdout(cut)).isFalse();
        assertThat(PluginOutput.showsStderr(cut)).isTrue();
    }

    @Test
    void showsStreams_whenOnlyStdoutWasWritten_showsStdoutAndNoStderr() {
        String cut = "o".repeat(2478) + "\n---Output truncated---";

        assertThat(PluginOutput.showsStdout(cut)).isTrue();
        assertThat(PluginOutput.showsStderr(cut)).isFalse();
        assertThat(PluginOutput.showsStdout("")).isFalse();
    }

    @Test
    void invalidIds_whenMessageNamesInstances_returnsThoseOfTheUnit() {
        String message = "InvalidInstanceId: Instances [[i-0aaaaaaaaaaaaaaa3, i-0bbbbbbbbbbbbbbb9]] not in a valid "
                + "state for account 111111111111";

        assertThat(CommandSender.invalidIds(message, List.of("i-0aaaaaaaaaaaaaaa1", "i-0aaaaaaaaaaaaaaa3")))
                .containsExactly("i-0aaaaaaaaaaaaaaa3");
    }
}
