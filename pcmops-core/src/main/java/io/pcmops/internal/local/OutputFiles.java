package io.pcmops.internal.local;

import io.pcmops.model.OutputText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an output file up to a cap; a longer file is marked truncated. */
final class OutputFiles {

    private OutputFiles() {
    }

    static OutputText read(Path file, int maxBytes) {
        if (!Files.exists(file)) {
            return OutputText.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes);
            boolean truncated = in.read() != -1;
            String text = new String(bytes, StandardCharsets.UTF_8);
            return OutputText.of(text, truncated);
        } catch (IOException e) {
            return OutputText.of("(could not read " + file.getFileName() + ": " + e.getMessage() + ")", true);
        }
    }
}
