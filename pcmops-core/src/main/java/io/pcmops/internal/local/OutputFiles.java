package io.pcmops.internal.local;

import io.pcmops.model.OutputText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one output stream as the wrapper left it: the kept part in a file (capped while the script ran), and how
 * many more bytes the script wrote, in a {@code .more} file. The reported size is the real one.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    static OutputText read(Path file, Path more, int maxBytes) {
        if (!Files.exists(file)) {
            return OutputText.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            long kept = Files.size(file);
            long dropped = count(more);
            byte[] bytes = in.readNBytes(maxBytes);
            boolean truncated = dropped > 0 || kept > bytes.length;
            return new OutputText(new String(bytes, StandardCharsets.UTF_8), truncated, kept + dropped);
        } catch (IOException e) {
            return OutputText.of("(could not read " + file.getFileName() + ": " + e.getMessage() + ")", true);
        }
    }

    private static long count(Path more) throws IOException {
        if (!Files.exists(more)) {
            return 0;
        }
        String text = Files.readString(more).strip();
        return text.matches("\\d+") ? Long.parseLong(text) : 0;
    }
}
