package io.pcmops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.Pcmops;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parses command output as JSON. */
final class Json {

    private Json() {
    }

    static JsonNode parse(String text) {
        try {
            return Pcmops.objectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
