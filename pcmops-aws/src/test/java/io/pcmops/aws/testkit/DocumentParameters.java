package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validated parameters of AWS-RunShellScript / AWS-RunPowerShellScript: {@code commands} (required StringList),
 * {@code workingDirectory} and {@code executionTimeout} (strings). Violations are {@code InvalidParameters}.
 *
 * @param commands the script lines
 * @param workingDirectory the working directory, {@code ""} when not given
 * @param executionTimeoutSeconds the requested execution timeout (default 3600), used for ExpiresAfter
 */
record DocumentParameters(List<String> commands, String workingDirectory, int executionTimeoutSeconds) {

    /** What SSM allows a document with its runtime parameters (MaxDocumentSizeExceeded beyond). */
    static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    /** The size counted for AWS-RunShellScript / AWS-RunPowerShellScript's own content (inference: about 2 KB). */
    static final int DOCUMENT_CONTENT_BYTES = 2 * 1024;
    private static final Set<String> KNOWN = Set.of("commands", "workingDirectory", "executionTimeout");
    private static final Pattern TIMEOUT = Pattern.compile(
            "([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)");

    static DocumentParameters parse(JsonNode parameters) {
        Map<String, List<String>> values = toMap(parameters);
        for (String name : values.keySet()) {
            if (!KNOWN.contains(name)) {
                throw invalid("Parameter \"" + name + "\" is not defined in the document. You can only supply values"
                        + " to parameters defined in the SSM document.");
            }
        }
        List<String> commands = values.getOrDefault("commands", List.of());
        if (commands.isEmpty()) {
            throw invalid("You must specify values for all required parameters in the SSM document. "
                    + "Missing: commands.");
        }
        String workingDirectory = single(values, "workingDirectory", "");
        if (workingDirectory.length() > 4096) {
            throw invalid("Parameter \"workingDirectory\" is longer than 4096 characters.");
        }
        String timeout = single(values, "executionTimeout", "3600");
        if (!TIMEOUT.matcher(timeout).matches()) {
            throw invalid("Parameter \"executionTimeout\" \"" + timeout + "\" does not match the allowed pattern.");
        }
        return new DocumentParameters(List.copyOf(commands), workingDirectory, Integer.parseInt(timeout));
    }

    /** Refuses parameters that do not fit in a document with its content ({@code MaxDocumentSizeExceeded}). */
    static void checkSize(JsonNode parameters) {
        long bytes = DOCUMENT_CONTENT_BYTES;
        if (parameters != null && parameters.isObject()) {
            for (Map.Entry<String, JsonNode> entry : parameters.properties()) {
                bytes += utf8(entry.getKey());
                for (JsonNode value : entry.getValue()) {
                    bytes += utf8(value.asText());
                }
            }
        }
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw new SsmException("MaxDocumentSizeExceeded", "The size limit of a document is 64 KB.");
        }
    }

    private static int utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The timeout the agent enforces: values below 5 are reset to 3600 (SSM-BEHAVIOUR.md §10). */
    int effectiveExecutionTimeoutSeconds() {
        return executionTimeoutSeconds < 5 ? 3600 : executionTimeoutSeconds;
    }

    private static Map<String, List<String>> toMap(JsonNode parameters) {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        if (parameters == null || parameters.isNull()) {
            return values;
        }
        parameters.properties().forEach(e -> {
            if (!e.getValue().isArray()) {
                throw invalid("Parameter \"" + e.getKey() + "\" must be a list of strings.");
            }
            List<String> list = new ArrayList<>();
            e.getValue().forEach(v -> list.add(v.asText()));
            values.put(e.getKey(), list);
        });
        return values;
    }

    private static String single(Map<String, List<String>> values, String name, String fallback) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return fallback;
        }
        if (list.size() > 1) {
            throw invalid("Parameter \"" + name + "\" is a String and takes one value.");
        }
        return list.get(0);
    }

    private static SsmException invalid(String message) {
        return new SsmException("InvalidParameters", message);
    }
}
