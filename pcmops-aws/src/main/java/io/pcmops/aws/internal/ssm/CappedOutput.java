package io.pcmops.aws.internal.ssm;

import io.pcmops.model.OutputText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Output read with a cap: at most {@code cap} bytes are kept, cut back to a whole UTF-8 character, flagged truncated
 * when the stream was longer, and reported with the stream's real size.
 */
final class CappedOutput {

    private CappedOutput() {
    }

    /**
     * Returns the kept output.
     *
     * @param read  the bytes read (a ranged read may return fewer than the stream holds)
     * @param total the stream's real size in bytes
     * @param cap   the most bytes kept
     */
    static OutputText of(byte[] read, long total, int cap) {
        long size = Math.max(total, read.length);
        if (size <= cap) {
            return OutputText.of(new String(read, StandardCharsets.UTF_8));
        }
        byte[] kept = Arrays.copyOf(read, wholeCharacters(read, Math.min(cap, read.length)));
        return new OutputText(new String(kept, StandardCharsets.UTF_8), true, size);
    }

    /** Returns how many of the first {@code length} bytes end on a character boundary. */
    static int wholeCharacters(byte[] bytes, int length) {
        int start = length;
        while (start > 0 && start > length - 4 && (bytes[start - 1] & 0xC0) == 0x80) {
            start--;
        }
        if (start == 0) {
            return length;
        }
        int lead = bytes[start - 1] & 0xFF;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return length - (start - 1) >= needed ? length : start - 1;
    }
}
