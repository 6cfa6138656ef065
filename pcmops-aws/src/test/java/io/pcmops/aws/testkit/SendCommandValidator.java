package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The model constraints of a SendCommand request that the service reports as {@code ValidationException}, all
 * violations in one message as AWS does ({@code N validation errors detected: ...; ...}).
 */
final class SendCommandValidator {

    private static final Pattern INSTANCE_ID = Pattern.compile("(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
    private static final Pattern DOCUMENT_NAME = Pattern.compile("^[a-zA-Z0-9_\\-.:/]{3,128}$");

    private final List<String> errors = new ArrayList<>();

    static void validate(JsonNode request) {
        new SendCommandValidator().check(request);
    }

    private void check(JsonNode request) {
        String document = WireJson.text(request, "DocumentName");
        if (document == null) {
            errors.add("Value null at 'documentName' failed to satisfy constraint: Member must not be null");
        } else if (!DOCUMENT_NAME.matcher(document).matches()) {
            add(document, "documentName", "Member must satisfy regular expression pattern: ^[a-zA-Z0-9_\\-.:/]{3,128}$");
        }
        checkInstanceIds(WireJson.stringList(request, "InstanceIds"));
        checkTimeout(WireJson.integer(request, "TimeoutSeconds"));
        String comment = WireJson.text(request, "Comment");
        if (comment != null && comment.length() > 100) {
            add(comment, "comment", "Member must have length less than or equal to 100");
        }
        checkPattern(WireJson.text(request, "MaxConcurrency"), "maxConcurrency", RateControls.CONCURRENCY);
        checkPattern(WireJson.text(request, "MaxErrors"), "maxErrors", RateControls.ERRORS);
        if (!errors.isEmpty()) {
            String count = errors.size() == 1 ? "1 validation error" : errors.size() + " validation errors";
            throw new SsmException("ValidationException", count + " detected: " + String.join("; ", errors));
        }
    }

    private void checkInstanceIds(List<String> ids) {
        if (ids.size() > 50) {
            add(ids.toString(), "instanceIds", "Member must have length less than or equal to 50");
        }
        for (String id : ids) {
            if (!INSTANCE_ID.matcher(id).matches()) {
                add(ids.toString(), "instanceIds",
                        "Member must satisfy constraint: [Member must satisfy regular expression pattern: "
                        + "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)]");
                return;
            }
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new SsmException("DuplicateInstanceId", "");
        }
    }

    private void checkTimeout(Integer timeout) {
        if (timeout != null && timeout < 30) {
            add(timeout.toString(), "timeoutSeconds", "Member must have value greater than or equal to 30");
        } else if (timeout != null && timeout > 2_592_000) {
            add(timeout.toString(), "timeoutSeconds", "Member must have value less than or equal to 2592000");
        }
    }

    private void checkPattern(String value, String member, Pattern pattern) {
        if (value != null && (value.length() > 7 || !pattern.matcher(value).matches())) {
            add(value, member, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
    }

    private void add(String value, String member, String constraint) {
        errors.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
    }
}
