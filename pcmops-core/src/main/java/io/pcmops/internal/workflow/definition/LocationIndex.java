package io.pcmops.internal.workflow.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The line of every field and item of a YAML document, by JSON Pointer ({@code /steps/1/gate}). */
final class LocationIndex {

    private final Map<String, Integer> lines = new HashMap<>();

    private LocationIndex() {
    }

    /** Reads the document's structure; a document that does not parse gives an empty index. */
    static LocationIndex of(YAMLFactory factory, String yaml) {
        LocationIndex index = new LocationIndex();
        try (JsonParser parser = factory.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    pointer = parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().getParent().pathAsPointer().toString();
                }
                index.lines.putIfAbsent(pointer, line);
            }
        } catch (IOException e) {
            return index;
        }
        return index;
    }

    /** Returns the line of the pointer, else of its nearest ancestor found, else 1. */
    int line(String pointer) {
        String current = pointer;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
        }
    }
}
